import { useState } from "react";
import { approvals } from "../../api/library";
import type { Approval, ApprovalReasons } from "../../api/types";
import { describedBy, FieldError } from "../../components/FieldError";
import { ProblemAlert } from "../../components/ProblemAlert";

type Decision = "approve" | "reject";

interface DecisionFormProps {
  approval: Approval;
  reasons: ApprovalReasons;
  onDecided: (message: string) => void;
}

/** Approve or Reject with one of seed 002's verbatim reasons; the radio group picks which list the Reason offers. */
export function DecisionForm({ approval, reasons, onDecided }: DecisionFormProps) {
  const [decision, setDecision] = useState<Decision>("approve");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const listed = decision === "approve" ? reasons.approve : reasons.reject;

  const choose = (next: Decision) => {
    setDecision(next);
    // A reason from the other list would be refused; the note stays.
    setReason("");
  };

  const decide = async (chosen: Decision) => {
    setBusy(true);
    setError(null);
    try {
      await approvals.decide(approval.requestId, chosen, reason, note);
      onDecided(chosen === "approve" ? "Approved" : "Rejected");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      <fieldset>
        <legend>Approve or reject</legend>
        <div className="radio-row" role="radiogroup" aria-label="Decision">
          <label className="inline">
            <input type="radio" name="decision" value="approve" checked={decision === "approve"} onChange={() => choose("approve")} />
            Approve
          </label>
          <label className="inline">
            <input type="radio" name="decision" value="reject" checked={decision === "reject"} onChange={() => choose("reject")} />
            Reject
          </label>
        </div>
        <div className="field">
          <label htmlFor="decision-reason">Reason</label>
          <select id="decision-reason" value={reason} onChange={(e) => setReason(e.target.value)} {...describedBy(error, "reason", "decision-reason")}>
            <option value="">Choose a reason</option>
            {listed.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
          <FieldError error={error} path="reason" fieldId="decision-reason" />
        </div>
        <div className="field">
          <label htmlFor="decision-note">Note</label>
          <textarea id="decision-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} {...describedBy(error, "note", "decision-note")} />
          <FieldError error={error} path="note" fieldId="decision-note" />
        </div>
        <ProblemAlert error={error} shownFields={["reason", "note"]} />
        <div className="form-actions">
          <button type="button" disabled={busy || decision !== "approve"} onClick={() => decide("approve")}>Approve</button>
          <button type="button" className="danger" disabled={busy || decision !== "reject"} onClick={() => decide("reject")}>Reject</button>
        </div>
      </fieldset>
    </form>
  );
}
