import type { ActivityType, MachineAction, StateMachineDefinition } from "../../api/types";
import { FormField } from "../../components/FormField";
import { actionTitle, allowedFrom, everyStatus, gatesOf, whenOf } from "../../components/stateMachine";
import { GateList } from "./GateList";
import { ProblemList } from "./ProblemList";
import { RunList } from "./RunList";
import { TargetEditor } from "./TargetEditor";

interface MachineActionPanelProps {
  definition: StateMachineDefinition;
  action: MachineAction;
  types: ActivityType[];
  problems: string[];
  onChange: (change: Partial<MachineAction>) => void;
  onRemove: () => void;
}

/**
 * The side panel of the selected action: its name and label, the statuses it is allowed from, where it leads, the
 * profile or setting flag that gates it, whether it remembers the status it leaves, and the activities it runs.
 */
export function MachineActionPanel({ definition, action, types, problems, onChange, onRemove }: MachineActionPanelProps) {
  const statuses = definition.states.map((s) => s.name);
  const allowed = allowedFrom(action);
  const every = allowed === everyStatus;
  const from = every ? [] : allowed;

  const toggleFrom = (status: string, allowed: boolean) =>
    onChange({ from: allowed ? statuses.filter((s) => s === status || from.includes(s)) : from.filter((s) => s !== status) });

  return (
    <aside aria-label="Action" className="activity-panel">
      <h2>{actionTitle(action)}</h2>
      <ProblemList problems={problems} />
      <FormField id="action-name" label="Name" hint="The action's URL segment, as the API takes it.">
        {(control) => <input {...control} value={action.name} onChange={(e) => onChange({ name: e.target.value })} />}
      </FormField>
      <FormField id="action-label" label="Label" hint="What staff read; the name when empty.">
        {(control) => <input {...control} value={action.label ?? ""} onChange={(e) => onChange({ label: e.target.value || undefined })} />}
      </FormField>

      <fieldset>
        <legend>Allowed from</legend>
        <FormField id="action-from-every" label="Every status" checkbox>
          {(control) => (
            <input {...control} type="checkbox" checked={every}
              onChange={(e) => onChange({ from: e.target.checked ? everyStatus : [] })} />
          )}
        </FormField>
        {!every && statuses.map((status, i) => (
          <FormField key={status} id={`action-from-${i}`} label={status} checkbox>
            {(control) => <input {...control} type="checkbox" checked={from.includes(status)} onChange={(e) => toggleFrom(status, e.target.checked)} />}
          </FormField>
        ))}
      </fieldset>

      <TargetEditor to={action.to} statuses={statuses} run={action.run ?? []} types={types} idPrefix="action-to"
        onChange={(to) => onChange({ to })} />

      <GateList gates={gatesOf(action)} onChange={(gates) => onChange({ when: whenOf(gates) })} />

      <FormField id="action-remember" label="Remember the status it leaves, for a later “back to the status it interrupted”" checkbox>
        {(control) => (
          <input {...control} type="checkbox" checked={action.remember === true} onChange={(e) => onChange({ remember: e.target.checked || undefined })} />
        )}
      </FormField>

      <RunList run={action.run ?? []} types={types} idPrefix="action-run"
        onChange={(run) => onChange({ run: run.length > 0 ? run : undefined })} />

      <button type="button" className="danger" onClick={onRemove}>Remove action</button>
    </aside>
  );
}
