import { useTranslation } from "react-i18next";
import { FormField } from "../../components/FormField";
import { fields, operators, type ConditionDraft } from "./ruleForm";

interface ConditionRowProps {
  index: number;
  condition: ConditionDraft;
  /** The API's messages for a field path of the rule. */
  fieldErrors: (path: string) => string[];
  onChange: (condition: ConditionDraft) => void;
  onRemove: () => void;
}

/** One condition of the builder: field, operator and its value or comma-separated list of values. */
export function ConditionRow({ index, condition, fieldErrors, onChange, onRemove }: ConditionRowProps) {
  const id = `condition-${condition.key}`;
  const path = `conditions[${index}]`;
  const { t } = useTranslation("rules");
  return (
    <fieldset className="condition">
      <legend>{t("condition.legend", { number: index + 1 })}</legend>
      <FormField id={`${id}-field`} label={t("condition.field")} errors={fieldErrors(`${path}.field`)}>
        {(control) => (
          <select {...control} value={condition.field} onChange={(e) => onChange({ ...condition, field: e.target.value })}>
            {fields.map((f) => <option key={f} value={f}>{t(`field.${f}`)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-operator`} label={t("condition.operator")} errors={fieldErrors(`${path}.operator`)}>
        {(control) => (
          <select {...control} value={condition.operator} onChange={(e) => onChange({ ...condition, operator: e.target.value })}>
            {operators.map((o) => <option key={o} value={o}>{t(`operator.${o}`)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-values`} label={t("condition.values")} errors={fieldErrors(`${path}.values`)} className="grow">
        {(control) => (
          <input {...control} value={condition.values} placeholder={t("condition.valuesPlaceholder")}
            onChange={(e) => onChange({ ...condition, values: e.target.value })} />
        )}
      </FormField>
      <button type="button" className="secondary" onClick={onRemove}>{t("condition.remove")}</button>
    </fieldset>
  );
}
