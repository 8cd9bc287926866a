import { describedBy, FieldError } from "../../components/FieldError";
import { managements, targets, type RuleDraft } from "./ruleForm";

interface RuleOutputsFieldsProps {
  draft: RuleDraft;
  error: unknown;
  approveReasons: string[];
  onChange: (change: Partial<RuleDraft>) => void;
}

/** What a matching rule decides: where the file goes, and whether and how a manager approves it. */
export function RuleOutputsFields({ draft, error, approveReasons, onChange }: RuleOutputsFieldsProps) {
  // The rule's own reason stays selectable even if the list could not be loaded.
  const reasons = draft.approvalReason && !approveReasons.includes(draft.approvalReason)
    ? [draft.approvalReason, ...approveReasons]
    : approveReasons;
  return (
    <fieldset>
      <legend>Outputs</legend>
      <div className="field">
        <label htmlFor="rule-target">Target</label>
        <select id="rule-target" value={draft.target} onChange={(e) => onChange({ target: e.target.value })}
          {...describedBy(error, "outputs.target", "rule-target")}>
          {targets.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
        </select>
        <FieldError error={error} path="outputs.target" fieldId="rule-target" />
      </div>
      <div className="field">
        <label htmlFor="rule-max-access">Max access count</label>
        <input id="rule-max-access" type="number" min={1} inputMode="numeric" value={draft.maxAccessCount}
          onChange={(e) => onChange({ maxAccessCount: e.target.value })}
          {...describedBy(error, "outputs.maxAccessCount", "rule-max-access")} />
        <span className="hint">Links only; empty means unlimited.</span>
        <FieldError error={error} path="outputs.maxAccessCount" fieldId="rule-max-access" />
      </div>
      <div className="field checkbox">
        <input id="rule-approval" type="checkbox" checked={draft.approval} onChange={(e) => onChange({ approval: e.target.checked })}
          {...describedBy(error, "outputs.approval", "rule-approval")} />
        <label htmlFor="rule-approval">Approval</label>
        <FieldError error={error} path="outputs.approval" fieldId="rule-approval" />
      </div>
      <div className="field checkbox">
        <input id="rule-copyright" type="checkbox" checked={draft.copyrightClearance}
          onChange={(e) => onChange({ copyrightClearance: e.target.checked })}
          {...describedBy(error, "outputs.copyrightClearance", "rule-copyright")} />
        <label htmlFor="rule-copyright">Copyright clearance</label>
        <FieldError error={error} path="outputs.copyrightClearance" fieldId="rule-copyright" />
      </div>
      <div className="field">
        <label htmlFor="rule-management">Approval management</label>
        <select id="rule-management" value={draft.approvalManagement} onChange={(e) => onChange({ approvalManagement: e.target.value })}
          {...describedBy(error, "outputs.approvalManagement", "rule-management")}>
          {managements.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
        </select>
        <FieldError error={error} path="outputs.approvalManagement" fieldId="rule-management" />
      </div>
      <div className="field">
        <label htmlFor="rule-reason">Approval reason</label>
        <select id="rule-reason" value={draft.approvalReason} onChange={(e) => onChange({ approvalReason: e.target.value })}
          {...describedBy(error, "outputs.approvalReason", "rule-reason")}>
          <option value="">(none)</option>
          {reasons.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
        <span className="hint">Only when approval is automatic.</span>
        <FieldError error={error} path="outputs.approvalReason" fieldId="rule-reason" />
      </div>
    </fieldset>
  );
}
