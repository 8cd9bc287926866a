import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { MachineAction, MachineState, StateMachineDefinition } from "../../api/types";
import { FormField } from "../../components/FormField";
import { freeActionName } from "./stateMachineEdits";

interface MachinePaletteProps {
  definition: StateMachineDefinition;
  groups: string[];
  onAddState: (state: MachineState) => void;
  onAddAction: (action: MachineAction) => void;
}

const stays = "";

/**
 * Adds a status, or an action from one status to another: a keyboard user's way onto the chart (with a mouse, a drag
 * from a status's handle to another status adds an action too). The new part is selected for the side panel.
 */
export function MachinePalette({ definition, groups, onAddState, onAddAction }: MachinePaletteProps) {
  const statuses = definition.states.map((s) => s.name);
  const [name, setName] = useState("");
  const [group, setGroup] = useState(groups[0] ?? "");
  const [stateProblem, setStateProblem] = useState("");
  const [actionName, setActionName] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState(stays);
  const [actionProblem, setActionProblem] = useState("");
  const chosenFrom = from || statuses[0] || "";
  const { t } = useTranslation("definitions");

  const addState = (e: FormEvent) => {
    e.preventDefault();
    const status = name.trim();
    if (!status) return setStateProblem(t("machinePalette.needsName"));
    if (statuses.includes(status)) return setStateProblem(t("state.taken", { name: status }));
    setStateProblem("");
    setName("");
    onAddState({ name: status, ...(group ? { group } : {}) });
  };

  const addAction = (e: FormEvent) => {
    e.preventDefault();
    if (!chosenFrom) return setActionProblem(t("machinePalette.addStatusFirst"));
    setActionProblem("");
    setActionName("");
    onAddAction({ name: actionName.trim() || freeActionName(definition), from: [chosenFrom], ...(to ? { to } : {}) });
  };

  return (
    <div className="machine-palette">
      <form className="palette" onSubmit={addState} aria-label={t("machinePalette.addStatusForm")} noValidate>
        <FormField id="new-state-name" label={t("machinePalette.statusName")} errors={stateProblem ? [stateProblem] : []}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <FormField id="new-state-group" label={t("state.group")}>
          {(control) => (
            <select {...control} value={group} onChange={(e) => setGroup(e.target.value)}>
              {groups.map((g) => <option key={g} value={g}>{g}</option>)}
              <option value="">{t("none")}</option>
            </select>
          )}
        </FormField>
        <button type="submit">{t("machinePalette.addStatus")}</button>
      </form>
      <form className="palette" onSubmit={addAction} aria-label={t("machinePalette.addActionForm")} noValidate>
        <FormField id="new-action-name" label={t("machinePalette.actionName")} errors={actionProblem ? [actionProblem] : []}>
          {(control) => <input {...control} value={actionName} placeholder={freeActionName(definition)} onChange={(e) => setActionName(e.target.value)} />}
        </FormField>
        <FormField id="new-action-from" label={t("machinePalette.from")}>
          {(control) => (
            <select {...control} value={chosenFrom} onChange={(e) => setFrom(e.target.value)}>
              {statuses.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="new-action-to" label={t("machinePalette.to")}>
          {(control) => (
            <select {...control} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value={stays}>{t("machinePalette.stays")}</option>
              {statuses.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          )}
        </FormField>
        <button type="submit">{t("machinePalette.addAction")}</button>
      </form>
    </div>
  );
}
