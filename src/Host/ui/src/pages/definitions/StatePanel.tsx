import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { MachineState, StateMachineDefinition } from "../../api/types";
import { FormField } from "../../components/FormField";
import { actionTitle, allowedFrom, everyStatus, fromStatuses, type MachinePart } from "../../components/stateMachine";
import { ProblemList } from "./ProblemList";
import { TimerList } from "./TimerList";

interface StatePanelProps {
  definition: StateMachineDefinition;
  state: MachineState;
  groups: string[];
  problems: string[];
  onRename: (name: string) => void;
  onChange: (change: Partial<MachineState>) => void;
  onSelect: (part: MachinePart) => void;
  onRemove: () => void;
}

/** The side panel of the selected status: its name, group and whether it is final; the actions from it; its removal. */
export function StatePanel({ definition, state, groups, problems, onRename, onChange, onSelect, onRemove }: StatePanelProps) {
  const [name, setName] = useState(state.name);
  const [nameProblem, setNameProblem] = useState("");
  const { t } = useTranslation("definitions");
  const from = definition.actions.map((a, index) => ({ a, index })).filter(({ a }) => {
    const allowed = allowedFrom(a);
    return allowed !== everyStatus && allowed.includes(state.name);
  });

  // Renamed on submit, not per keystroke: a half-typed name equal to another status would merge the two.
  const rename = (e: FormEvent) => {
    e.preventDefault();
    const next = name.trim();
    if (!next) return setNameProblem(t("state.needsName"));
    if (next !== state.name && definition.states.some((s) => s.name === next)) return setNameProblem(t("state.taken", { name: next }));
    setNameProblem("");
    if (next !== state.name) onRename(next);
  };

  return (
    <aside aria-label={t("state.panel")} className="activity-panel">
      <h2>{state.name}</h2>
      <ProblemList problems={problems} />
      <form onSubmit={rename} className="inline-form" noValidate>
        <FormField id="state-name" label={t("state.name")} errors={nameProblem ? [nameProblem] : []} className="grow"
          hint={t("state.renameHint")}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <button type="submit" className="secondary">{t("state.rename")}</button>
      </form>
      <FormField id="state-group" label={t("state.group")}>
        {(control) => (
          <select {...control} value={state.group ?? ""} onChange={(e) => onChange({ group: e.target.value || undefined })}>
            <option value="">{t("none")}</option>
            {groups.map((g) => <option key={g} value={g}>{g}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="state-final" label={t("state.final")} checkbox>
        {(control) => (
          <input {...control} type="checkbox" checked={state.final === true} onChange={(e) => onChange({ final: e.target.checked || undefined })} />
        )}
      </FormField>
      <TimerList timers={state.timers ?? []}
        actions={[...new Set(definition.actions.filter((a) => fromStatuses(definition, a).includes(state.name)).map((a) => a.name))]}
        onChange={(timers) => onChange({ timers: timers.length > 0 ? timers : undefined })} />
      <h3>{t("state.actionsFrom")}</h3>
      {from.length === 0 ? <p>{t("state.noActions")}</p> : (
        <ul className="plain-list">
          {from.map(({ a, index }) => (
            <li key={index}><button type="button" className="link-button" onClick={() => onSelect({ kind: "action", index })}>{actionTitle(a)}</button></li>
          ))}
        </ul>
      )}
      <button type="button" className="danger" onClick={onRemove}>{t("state.remove")}</button>
    </aside>
  );
}
