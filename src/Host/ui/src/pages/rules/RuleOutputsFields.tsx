import { useTranslation } from "react-i18next";
import { FormField } from "../../components/FormField";
import { targetLabel } from "../../components/format";
import { useLabels } from "../../i18n/labels";
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
  const { t } = useTranslation("rules");
  const labels = useLabels();
  return (
    <fieldset>
      <legend>{t("outputs.legend")}</legend>
      <FormField id="rule-target" label={t("column.target")} errors={fieldErrors("outputs.target")}>
        {(control) => (
          <select {...control} value={draft.target} onChange={(e) => onChange({ target: e.target.value })}>
            {targets.map((target) => <option key={target} value={target}>{targetLabel(target)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="rule-max-access" label={t("outputs.maxAccess")} hint={t("outputs.maxAccessHint")}
        errors={fieldErrors("outputs.maxAccessCount")}>
        {(control) => (
          <input {...control} type="number" min={1} inputMode="numeric" value={draft.maxAccessCount}
            onChange={(e) => onChange({ maxAccessCount: e.target.value })} />
        )}
      </FormField>
      <FormField id="rule-approval" label={t("outputs.approval")} checkbox errors={fieldErrors("outputs.approval")}>
        {(control) => (
          <input {...control} type="checkbox" checked={draft.approval} onChange={(e) => onChange({ approval: e.target.checked })} />
        )}
      </FormField>
      <FormField id="rule-copyright" label={t("outputs.copyright")} checkbox errors={fieldErrors("outputs.copyrightClearance")}>
        {(control) => (
          <input {...control} type="checkbox" checked={draft.copyrightClearance}
            onChange={(e) => onChange({ copyrightClearance: e.target.checked })} />
        )}
      </FormField>
      <FormField id="rule-management" label={t("outputs.management")} errors={fieldErrors("outputs.approvalManagement")}>
        {(control) => (
          <select {...control} value={draft.approvalManagement} onChange={(e) => onChange({ approvalManagement: e.target.value })}>
            {managements.map((m) => <option key={m.value} value={m.value}>{t(m.label)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="rule-reason" label={t("outputs.reason")} hint={t("outputs.reasonHint")}
        errors={fieldErrors("outputs.approvalReason")}>
        {(control) => (
          <select {...control} value={draft.approvalReason} onChange={(e) => onChange({ approvalReason: e.target.value })}>
            <option value="">{t("management.none")}</option>
            {reasons.map((r) => <option key={r} value={r}>{labels.reason(r)}</option>)}
          </select>
        )}
      </FormField>
    </fieldset>
  );
}
