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
import { NotesTab } from "../request-tools/NotesTab";
import { StatusChangeForm } from "../request-tools/StatusChangeForm";
import { DigitizationRequestAlerts } from "./DigitizationRequestAlerts";
import { DigitizationRequestFaults } from "./DigitizationRequestFaults";
import { DigitizationRequestLetters } from "./DigitizationRequestLetters";
import { ItemWhereaboutsFacts } from "../digitization-item/ItemWhereaboutsFacts";
import { RequestAttachments } from "../digitization-item/RequestAttachments";

/**
 * A digitization request's page: where its workflow waits now on the version it runs, what happened so far, the letters
 * sent to the requester, its files.
 */
export function DigitizationRequestPage({ requestId }: { requestId: string }) {
  const request = useLoad(() => digitizationRequests.get(requestId), [requestId]);
  const workflow = request.data?.workflow;

  const account = useAccount();
  const r = request.data;
  if (!r) {
    return (
      <>
        <h1>Request</h1>
        <ProblemAlert error={request.error} />
        {!request.error && <p>Loading…</p>}
      </>
    );
  }

  const canEdit = can.workOnRequestAt(account, r.department);
  return (
    <>
      <p className="breadcrumb"><Link href="/requests">In-process items</Link></p>
      <h1>{r.item.title}</h1>
      <p className="status-line">Status: {r.status}</p>
      <DigitizationRequestAlerts request={r} />
      <DigitizationRequestFaults faults={r.faults} onRetried={request.reload} />
      <dl className="facts">
        {r.part?.title && <><dt>Part</dt><dd>{r.part.title}{r.part.pages ? `, pages ${r.part.pages}` : ""}</dd></>}
        <dt>Barcode</dt><dd>{r.item.barcode} ({r.item.library} / {r.item.location})</dd>
        <ItemWhereaboutsFacts whereabouts={r.whereabouts} />
        <dt>Requester</dt><dd>{r.requester.name ? `${r.requester.name}, ` : ""}{r.requester.id} ({r.requester.userGroup}, {r.requester.type}, {r.requester.language})</dd>
        <dt>Department</dt><dd>{r.department}</dd>
        <dt>Rule</dt>
        <dd>
          <RuleLink ruleId={r.rule.id} name={r.rule.name} />: {targetLabel(r.rule.target)}
          {r.rule.approvalManagement ? `, approval ${managementLabel(r.rule.approvalManagement)}` : ""}
        </dd>
        {r.approval && <><dt>Approval</dt><dd>{r.approval.status}{r.approval.reason ? ` — ${r.approval.reason}` : ""}</dd></>}
        {r.expiresAt && <><dt>Expires</dt><dd>{dateTime(r.expiresAt)}</dd></>}
        {workflow && <><dt>Workflow</dt><dd>{workflow.definition} version {workflow.version}, {workflow.status}{workflow.result ? ` (${workflow.result})` : ""}</dd></>}
      </dl>

      {canEdit && <StatusChangeForm requestId={r.id} onChanged={() => void request.reload()} />}
      <NotesTab requestId={r.id} canEdit={canEdit} onChanged={() => void request.reload()} />

      <section aria-labelledby="flow-heading">
        <h2 id="flow-heading">Workflow</h2>
        {workflow && workflow.waitingFor.length > 0 && <p>Waiting for: {workflow.waitingFor.join(", ")}</p>}
        <WorkflowChart workflow={workflow} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <StepHistory history={r.history} />
      </section>

      <DigitizationRequestLetters requestId={r.id} onHistoryChanged={request.reload} />

      <RequestAttachments request={r} onChanged={request.reload} />
      {r.representations.length > 0 && (
        <p>Representations: {r.representations.map((p) => `${p.usageType} (${p.files} files, ${p.active ? "active" : "inactive"})`).join("; ")}</p>
      )}
    </>
  );
}
