import { useTranslation } from "react-i18next";
import type { LendingRequestView } from "../../api/types";
import { WorkflowChart } from "../../components/WorkflowChart";
import { useLabels } from "../../i18n/labels";

/** The request's status and the definition version its workflow runs, drawn with that status highlighted. */
export function LendingProcess({ request }: { request: LendingRequestView }) {
  const { t } = useTranslation("lending-request");
  const labels = useLabels();
  return (
    <section aria-labelledby="process-heading" className="process-slot" data-status={request.status}>
      <h2 id="process-heading">{t("process.title")}</h2>
      <p>
        {t("process.current")} <strong>{labels.lendingStatus(request.status)}</strong>
        {request.workflow && <span className="subtle">{t("process.workflow", { definition: request.workflow.definition, version: request.workflow.version, status: request.workflow.status })}</span>}
      </p>
      <WorkflowChart workflow={request.workflow} currentStatus={request.status} />
    </section>
  );
}
