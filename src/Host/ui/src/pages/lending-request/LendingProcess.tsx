import type { LendingRequestView } from "../../api/types";
import { WorkflowChart } from "../../components/WorkflowChart";

/** The request's status and the definition version its workflow runs, drawn with that status highlighted. */
export function LendingProcess({ request }: { request: LendingRequestView }) {
  return (
    <section aria-labelledby="process-heading" className="process-slot" data-status={request.status}>
      <h2 id="process-heading">Process</h2>
      <p>
        Current status: <strong>{request.status}</strong>
        {request.workflow && <span className="subtle"> ({request.workflow.definition} version {request.workflow.version}, {request.workflow.status})</span>}
      </p>
      <WorkflowChart workflow={request.workflow} currentStatus={request.status} />
    </section>
  );
}
