import { describedBy, FieldError } from "../../components/FieldError";
import { fields, operators, type ConditionDraft } from "./ruleForm";

interface ConditionRowProps {
  index: number;
  condition: ConditionDraft;
  error: unknown;
  onChange: (condition: ConditionDraft) => void;
  onRemove: () => void;
}

/** One condition of the builder: field, operator and its value or comma-separated list of values. */
export function ConditionRow({ index, condition, error, onChange, onRemove }: ConditionRowProps) {
  const id = `condition-${condition.key}`;
  const path = `conditions[${index}]`;
  return (
    <fieldset className="condition">
      <legend>Condition {index + 1}</legend>
      <div className="field">
        <label htmlFor={`${id}-field`}>Field</label>
        <select id={`${id}-field`} value={condition.field} onChange={(e) => onChange({ ...condition, field: e.target.value })}
          {...describedBy(error, `${path}.field`, `${id}-field`)}>
          {fields.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
        </select>
        <FieldError error={error} path={`${path}.field`} fieldId={`${id}-field`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-operator`}>Operator</label>
        <select id={`${id}-operator`} value={condition.operator} onChange={(e) => onChange({ ...condition, operator: e.target.value })}
          {...describedBy(error, `${path}.operator`, `${id}-operator`)}>
          {operators.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
        <FieldError error={error} path={`${path}.operator`} fieldId={`${id}-operator`} />
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-values`}>Values</label>
        <input id={`${id}-values`} value={condition.values} placeholder="e.g. Staff, Faculty"
          onChange={(e) => onChange({ ...condition, values: e.target.value })}
          {...describedBy(error, `${path}.values`, `${id}-values`)} />
        <FieldError error={error} path={`${path}.values`} fieldId={`${id}-values`} />
      </div>
      <button type="button" className="secondary" onClick={onRemove}>Remove condition</button>
    </fieldset>
  );
}
