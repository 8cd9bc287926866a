import type { Gate } from "../../components/stateMachine";
import { FormField } from "../../components/FormField";

/** The sources the library layer reads gates from: the partner's workflow profile, the institution's settings, the request. */
const sourceNames: Record<string, string> = {
  profile: "the partner's workflow profile",
  setting: "an institution setting",
  request: "the request (digital)",
};
const knownSources = Object.keys(sourceNames);

/** The gates an action needs besides its status, all of which must hold: each a source's flag, on or off. */
export function GateList({ gates, onChange }: { gates: Gate[]; onChange: (gates: Gate[]) => void }) {
  const sources = [...new Set([...knownSources, ...gates.map((g) => g.source)])];
  const change = (index: number, gate: Partial<Gate>) => onChange(gates.map((g, i) => (i === index ? { ...g, ...gate } : g)));
  return (
    <fieldset>
      <legend>Allowed when</legend>
      {gates.length === 0 && <p>Always, in the statuses it is allowed from.</p>}
      {gates.map((gate, i) => (
        <div key={i} className="gate">
          <FormField id={`action-gate-${i}-source`} label="Source">
            {(control) => (
              <select {...control} value={gate.source} onChange={(e) => change(i, { source: e.target.value })}>
                {sources.map((s) => <option key={s} value={s}>{sourceNames[s] ?? s}</option>)}
              </select>
            )}
          </FormField>
          <FormField id={`action-gate-${i}-flag`} label="Flag" hint="For example willSupplyStep.">
            {(control) => <input {...control} value={gate.flag} onChange={(e) => change(i, { flag: e.target.value })} />}
          </FormField>
          <FormField id={`action-gate-${i}-off`} label="Only while the flag is off" checkbox>
            {(control) => <input {...control} type="checkbox" checked={!gate.on} onChange={(e) => change(i, { on: !e.target.checked })} />}
          </FormField>
          <button type="button" className="secondary" onClick={() => onChange(gates.filter((_, j) => j !== i))}>Remove gate</button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...gates, { source: "profile", flag: "", on: true }])}>Add a gate</button>
    </fieldset>
  );
}
