import { useState } from "react";
import { approvals } from "../../api/library";
import type { Approval } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { RuleLink } from "../../components/RuleLink";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { dateTime, managementLabel } from "../../components/format";
import { ClearanceAttachments } from "./ClearanceAttachments";
import { CopyrightForm } from "./CopyrightForm";
import { DecisionForm } from "./DecisionForm";
import { ExpiryForm } from "./ExpiryForm";

/**
 * "Work on" an approval request (Alma: Digitization Processing, Approving/Rejecting a Request for Digitization): the
 * copyright fields, the clearance evidence, the decision and the expiry.
 */
export function ApprovalWorkOn({ approvalId }: { approvalId: string }) {
  const approval = useLoad(() => approvals.get(approvalId), [approvalId]);
  const reasons = useLoad(approvals.reasons, []);
  const [status, setStatus] = useState("");

  const updated = (next: Approval, message: string) => {
    approval.setData(next);
    setStatus(message);
  };

  const a = approval.data;
  return (
    <>
      <p className="breadcrumb"><Link href="/approvals">Approval requests</Link></p>
      <h1>{a ? `Work on: ${a.title}` : "Work on approval request"}</h1>
      <StatusMessage message={status} />
      <ProblemAlert error={approval.error ?? reasons.error} />
      {a && (
        <>
          <dl className="facts">
            <dt>Barcode</dt><dd>{a.barcode}</dd>
            <dt>Requester</dt><dd>{a.requesterId}</dd>
            <dt>Request status</dt><dd>{a.digitizationStatus}</dd>
            <dt>Rule</dt><dd><RuleLink ruleId={a.ruleId} name={a.ruleName} /> ({managementLabel(a.management)})</dd>
            <dt>Approval</dt><dd>{a.status}{a.decidedBy ? `, by ${a.decidedBy} ${dateTime(a.decidedAt)}` : ""}{a.reason ? ` — ${a.reason}` : ""}</dd>
            <dt>Request</dt><dd><Link href={`/requests/${a.requestId}`}>Open the request's page</Link></dd>
          </dl>
          {a.status === "pending" ? (
            <div className="work-on">
              <CopyrightForm approval={a} onSaved={updated} />
              <ClearanceAttachments approval={a} onAttached={updated} />
              {reasons.data && (
                <DecisionForm approval={a} reasons={reasons.data}
                  onDecided={(message) => {
                    setStatus(message);
                    void approval.reload();
                  }} />
              )}
              <ExpiryForm approval={a} onSaved={updated} />
            </div>
          ) : (
            <p>This approval request is decided; nothing is left to work on.</p>
          )}
        </>
      )}
    </>
  );
}
