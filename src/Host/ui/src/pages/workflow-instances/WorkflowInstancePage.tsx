import { useTranslation } from "react-i18next";
import { workflowInstances } from "../../api/library";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { StepHistory } from "../../components/StepHistory";
import { WorkflowChart } from "../../components/WorkflowChart";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { CancelInstance } from "./CancelInstance";
import { InstanceFacts } from "./InstanceFacts";
import { InstanceLog } from "./InstanceLog";
import { InstanceVariables } from "./InstanceVariables";
import { RetryInstance } from "./RetryInstance";
import { cancellable } from "./statuses";

/**
 * One workflow instance as an administrator investigates it: how it stands, where it waits drawn on its definition's
 * chart, its variables, the lines it wrote and every step; Retry once faulted, and Cancel while it has not ended.
 */
export function WorkflowInstancePage({ instanceId }: { instanceId: string }) {
  const instance = useLoad(() => workflowInstances.get(instanceId), [instanceId]);
  const acting = useSubmit();
  const { t } = useTranslation("workflow-instances");

  const i = instance.data;
  if (!i) {
    return (
      <>
        <h1>{t("page.title")}</h1>
        <ProblemAlert error={instance.error} />
        {!instance.error && <p>{t("loading")}</p>}
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb"><Link href="/workflow-instances">{t("title")}</Link></p>
      <h1 className="breaks-anywhere">{t("page.heading", { id: i.id })}</h1>
      <p className="status-line">{t("page.status", { status: t(`statuses.${i.status}`) })}</p>
      <StatusMessage message={acting.success} />
      <InstanceFacts instance={i} />
      {i.status === "faulted" && <RetryInstance instance={i} acting={acting} onRetried={instance.setData} />}
      {cancellable(i.status) && <CancelInstance instance={i} acting={acting} onCancelled={instance.setData} />}

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t("page.chart")}</h2>
        <WorkflowChart workflow={i} currentStatus={i.machine?.status} />
      </section>
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">{t("page.log")}</h2>
        <InstanceLog lines={i.log} />
      </section>
      <section aria-labelledby="variables-heading">
        <h2 id="variables-heading">{t("page.variables")}</h2>
        <InstanceVariables variables={i.variables} />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("page.history")}</h2>
        <StepHistory history={i.history} />
      </section>
    </>
  );
}
