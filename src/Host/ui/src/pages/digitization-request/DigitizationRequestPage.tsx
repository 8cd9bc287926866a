import { useTranslation } from "react-i18next";
import { digitizationRequests } from "../../api/library";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { RuleLink } from "../../components/RuleLink";
import { StepHistory } from "../../components/StepHistory";
import { useLoad } from "../../components/useLoad";
import { WorkflowChart } from "../../components/WorkflowChart";
import { dateTime, managementLabel, targetLabel } from "../../components/format";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { useLabels } from "../../i18n/labels";
import { isLanguage } from "../../i18n/languages";
import { NotesTab } from "../request-tools/NotesTab";
import { StatusChangeForm } from "../request-tools/StatusChangeForm";
import { DigitizationRequestAlerts } from "./DigitizationRequestAlerts";
import { DigitizationRequestFaults } from "./DigitizationRequestFaults";
import { DigitizationRequestLetters } from "./DigitizationRequestLetters";
import { ItemWhereaboutsFacts } from "../digitization-item/ItemWhereaboutsFacts";
import { RequestAttachments } from "../digitization-item/RequestAttachments";
import { InventoryChangeAction } from "../digitization-inventory/InventoryChangeAction";
import { InventoryFacts } from "../digitization-inventory/InventoryFacts";

/**
 * A digitization request's page: where its workflow waits now on the version it runs, what happened so far, the letters
 * sent to the requester, its files.
 */
export function DigitizationRequestPage({ requestId }: { requestId: string }) {
  const request = useLoad(() => digitizationRequests.get(requestId), [requestId]);
  const workflow = request.data?.workflow;
  const { t } = useTranslation("digitization-request");
  const labels = useLabels();

  const account = useAccount();
  const r = request.data;
  if (!r) {
    return (
      <>
        <h1>{t("title")}</h1>
        <ProblemAlert error={request.error} />
        {!request.error && <p>{t("loading")}</p>}
      </>
    );
  }

  const canEdit = can.workOnRequestAt(account, r.department);
  return (
    <>
      <p className="breadcrumb"><Link href="/requests">{t("list")}</Link></p>
      <h1>{r.item.title}</h1>
      <p className="status-line">{t("status", { status: labels.digitizationStatus(r.status) })}</p>
      <DigitizationRequestAlerts request={r} />
      <DigitizationRequestFaults faults={r.faults} onRetried={request.reload} />
      <dl className="facts">
        {r.part?.title && <><dt>{t("part")}</dt><dd>{r.part.title}{r.part.pages ? t("pages", { pages: r.part.pages }) : ""}</dd></>}
        <dt>{t("barcode")}</dt><dd>{r.item.barcode} ({r.item.library} / {r.item.location})</dd>
        <InventoryFacts request={r} />
        <ItemWhereaboutsFacts whereabouts={r.whereabouts} />
        <dt>{t("requester")}</dt>
        <dd>{r.requester.name ? `${r.requester.name}, ` : ""}{r.requester.id} ({r.requester.userGroup}, {r.requester.type}{isLanguage(r.requester.language) && <>, <span lang={r.requester.language}>{t(`language.${r.requester.language}`)}</span></>})</dd>
        <dt>{t("department")}</dt><dd>{r.department}</dd>
        <dt>{t("rule")}</dt>
        <dd>
          <RuleLink ruleId={r.rule.id} name={r.rule.name} />: {targetLabel(r.rule.target)}
          {r.rule.approvalManagement ? t("ruleApproval", { management: managementLabel(r.rule.approvalManagement) }) : ""}
        </dd>
        {r.approval && <><dt>{t("approval")}</dt><dd>{labels.approvalStatus(r.approval.status)}{r.approval.reason ? ` — ${labels.reason(r.approval.reason)}` : ""}</dd></>}
        {r.expiresAt && <><dt>{t("expires")}</dt><dd>{dateTime(r.expiresAt)}</dd></>}
        {workflow && <><dt>{t("workflow")}</dt><dd>{t("workflowState", { definition: workflow.definition, version: workflow.version, status: workflow.status })}{workflow.result ? ` (${workflow.result})` : ""}</dd></>}
      </dl>

      {canEdit && <InventoryChangeAction request={r} onChanged={() => void request.reload()} />}
      {canEdit && <StatusChangeForm requestId={r.id} onChanged={() => void request.reload()} />}
      <NotesTab requestId={r.id} canEdit={canEdit} onChanged={() => void request.reload()} />

      <section aria-labelledby="flow-heading">
        <h2 id="flow-heading">{t("workflow")}</h2>
        {workflow && workflow.waitingFor.length > 0 && <p>{t("waitingFor", { activities: workflow.waitingFor.join(", ") })}</p>}
        <WorkflowChart workflow={workflow} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("history")}</h2>
        <StepHistory history={r.history} />
      </section>

      <DigitizationRequestLetters requestId={r.id} onHistoryChanged={request.reload} />

      <RequestAttachments request={r} onChanged={request.reload} />
      {r.representations.length > 0 && (
        <p>{t("representations", { list: r.representations.map((p) => t("representation", { usageType: p.usageType, count: p.files, state: p.active ? t("active") : t("inactive") })).join("; ") })}</p>
      )}
    </>
  );
}
