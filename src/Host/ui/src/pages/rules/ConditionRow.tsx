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
  return (
    <fieldset className="condition">
      <legend>Condition {index + 1}</legend>
      <FormField id={`${id}-field`} label="Field" errors={fieldErrors(`${path}.field`)}>
        {(control) => (
          <select {...control} value={condition.field} onChange={(e) => onChange({ ...condition, field: e.target.value })}>
            {fields.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-operator`} label="Operator" errors={fieldErrors(`${path}.operator`)}>
        {(control) => (
          <select {...control} value={condition.operator} onChange={(e) => onChange({ ...condition, operator: e.target.value })}>
            {operators.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-values`} label="Values" errors={fieldErrors(`${path}.values`)} className="grow">
        {(control) => (
          <input {...control} value={condition.values} placeholder="e.g. Staff, Faculty"
            onChange={(e) => onChange({ ...condition, values: e.target.value })} />
        )}
      </FormField>
      <button type="button" className="secondary" onClick={onRemove}>Remove condition</button>
    </fieldset>
  );
}
