import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../i18n/labels";
import { approvals } from "../../api/library";
import type { Approval, ApprovalReasons } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

type Decision = "approve" | "reject";

interface DecisionFormProps {
  approval: Approval;
  reasons: ApprovalReasons;
  onDecided: (message: string) => void;
}

/**
 * Approve or Reject with one of the reasons Alma lists verbatim (Alma: Digitization Processing, Approving/Rejecting a
 * Request for Digitization); the radio group picks which list the Reason offers.
 */
export function DecisionForm({ approval, reasons, onDecided }: DecisionFormProps) {
  const [decision, setDecision] = useState<Decision>("approve");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const deciding = useSubmit();
  const { t } = useTranslation("approvals");
  const labels = useLabels();
  const listed = decision === "approve" ? reasons.approve : reasons.reject;

  const choose = (next: Decision) => {
    setDecision(next);
    // A reason from the other list would be refused; the note stays.
    setReason("");
  };

  const decide = (chosen: Decision) =>
    deciding.run(async () => {
      await approvals.decide(approval.requestId, chosen, reason, note);
      onDecided(chosen === "approve" ? t("decision.approved") : t("decision.rejected"));
    });

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      <fieldset>
        <legend>{t("decision.legend")}</legend>
        <div className="radio-row" role="radiogroup" aria-label={t("decision.label")}>
          <label className="inline">
            <input type="radio" name="decision" value="approve" checked={decision === "approve"} onChange={() => choose("approve")} />
            {t("decision.approve")}
          </label>
          <label className="inline">
            <input type="radio" name="decision" value="reject" checked={decision === "reject"} onChange={() => choose("reject")} />
            {t("decision.reject")}
          </label>
        </div>
        <FormField id="decision-reason" label={t("decision.reason")} errors={deciding.fieldErrors("reason")}>
          {(control) => (
            <select {...control} value={reason} onChange={(e) => setReason(e.target.value)}>
              <option value="">{t("decision.choose")}</option>
              {listed.map((r) => <option key={r} value={r}>{labels.reason(r)}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="decision-note" label={t("decision.note")} errors={deciding.fieldErrors("note")}>
          {(control) => <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
        <ProblemAlert error={deciding.problem} shownFields={["reason", "note"]} />
        <div className="form-actions">
          <button type="button" disabled={deciding.busy || decision !== "approve"} onClick={() => decide("approve")}>{t("decision.approve")}</button>
          <button type="button" className="danger" disabled={deciding.busy || decision !== "reject"} onClick={() => decide("reject")}>{t("decision.reject")}</button>
        </div>
      </fieldset>
    </form>
  );
}
