import { FormField } from "../../components/FormField";
import { managements, targets, type RuleDraft } from "./ruleForm";

interface RuleOutputsFieldsProps {
  draft: RuleDraft;
  /** The API's messages for a field path of the rule. */
  fieldErrors: (path: string) => string[];
  approveReasons: string[];
  onChange: (change: Partial<RuleDraft>) => void;
}

/**
 * What a matching rule decides: where the file goes, and whether and how a manager approves it (Alma: Configuring
 * Digitization, Configure digitization and copyright rules).
 */
export function RuleOutputsFields({ draft, fieldErrors, approveReasons, onChange }: RuleOutputsFieldsProps) {
  // The rule's own reason stays selectable even if the list could not be loaded.
  const reasons = draft.approvalReason && !approveReasons.includes(draft.approvalReason)
    ? [draft.approvalReason, ...approveReasons]
    : approveReasons;
  return (
    <fieldset>
      <legend>Outputs</legend>
      <FormField id="rule-target" label="Target" errors={fieldErrors("outputs.target")}>
        {(control) => (
          <select {...control} value={draft.target} onChange={(e) => onChange({ target: e.target.value })}>
            {targets.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="rule-max-access" label="Max access count" hint="Links only; empty means unlimited."
        errors={fieldErrors("outputs.maxAccessCount")}>
        {(control) => (
          <input {...control} type="number" min={1} inputMode="numeric" value={draft.maxAccessCount}
            onChange={(e) => onChange({ maxAccessCount: e.target.value })} />
        )}
      </FormField>
      <FormField id="rule-approval" label="Approval" checkbox errors={fieldErrors("outputs.approval")}>
        {(control) => (
          <input {...control} type="checkbox" checked={draft.approval} onChange={(e) => onChange({ approval: e.target.checked })} />
        )}
      </FormField>
      <FormField id="rule-copyright" label="Copyright clearance" checkbox errors={fieldErrors("outputs.copyrightClearance")}>
        {(control) => (
          <input {...control} type="checkbox" checked={draft.copyrightClearance}
            onChange={(e) => onChange({ copyrightClearance: e.target.checked })} />
        )}
      </FormField>
      <FormField id="rule-management" label="Approval management" errors={fieldErrors("outputs.approvalManagement")}>
        {(control) => (
          <select {...control} value={draft.approvalManagement} onChange={(e) => onChange({ approvalManagement: e.target.value })}>
            {managements.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="rule-reason" label="Approval reason" hint="Only when approval is automatic."
        errors={fieldErrors("outputs.approvalReason")}>
        {(control) => (
          <select {...control} value={draft.approvalReason} onChange={(e) => onChange({ approvalReason: e.target.value })}>
            <option value="">(none)</option>
            {reasons.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        )}
      </FormField>
    </fieldset>
  );
}
