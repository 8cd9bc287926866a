import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("definitions");

  const toggleFrom = (status: string, allowed: boolean) =>
    onChange({ from: allowed ? statuses.filter((s) => s === status || from.includes(s)) : from.filter((s) => s !== status) });

  return (
    <aside aria-label={t("action.panel")} className="activity-panel">
      <h2>{actionTitle(action)}</h2>
      <ProblemList problems={problems} />
      <FormField id="action-name" label={t("action.name")} hint={t("action.nameHint")}>
        {(control) => <input {...control} value={action.name} onChange={(e) => onChange({ name: e.target.value })} />}
      </FormField>
      <FormField id="action-label" label={t("action.label")} hint={t("action.labelHint")}>
        {(control) => <input {...control} value={action.label ?? ""} onChange={(e) => onChange({ label: e.target.value || undefined })} />}
      </FormField>

      <fieldset>
        <legend>{t("action.allowedFrom")}</legend>
        <FormField id="action-from-every" label={t("action.everyStatus")} checkbox>
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

      <FormField id="action-remember" label={t("action.remember")} checkbox>
        {(control) => (
          <input {...control} type="checkbox" checked={action.remember === true} onChange={(e) => onChange({ remember: e.target.checked || undefined })} />
        )}
      </FormField>

      <RunList run={action.run ?? []} types={types} idPrefix="action-run"
        onChange={(run) => onChange({ run: run.length > 0 ? run : undefined })} />

      <button type="button" className="danger" onClick={onRemove}>{t("action.remove")}</button>
    </aside>
  );
}
