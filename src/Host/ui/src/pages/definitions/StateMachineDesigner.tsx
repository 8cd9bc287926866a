import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityType, StateMachineDefinition } from "../../api/types";
import { StateMachineChart } from "../../components/StateMachineChart";
import { actionTitle, samePart, type MachinePart } from "../../components/stateMachine";
import { MachineActionPanel } from "./MachineActionPanel";
import { MachinePalette } from "./MachinePalette";
import { MachineStartPanel } from "./MachineStartPanel";
import { StatePanel } from "./StatePanel";
import { checkMachine, type MachineProblem } from "./stateMachineChecks";
import {
  addAction, addState, freeActionName, removeAction, removeState, renameState, updateAction, updateState,
} from "./stateMachineEdits";

interface StateMachineDesignerProps {
  definition: StateMachineDefinition;
  types: ActivityType[];
  /** The API's validation messages by key: `state:<name>`, `action:<name>` and `start` are shown on their part. */
  problems: Record<string, string[]>;
  onChange: (next: StateMachineDefinition) => void;
}

/** The format's groups, then any other the definition uses. */
function groupsOf(definition: StateMachineDefinition): string[] {
  return [...new Set(["active", "completed", ...definition.states.flatMap((s) => (s.group ? [s.group] : []))])];
}

/**
 * The server's validation messages on the parts they name: `state:<name>`, `action:<name>` (every entry of that
 * name) and `start`. Those about the definition as a whole are the alert's to show.
 */
function serverProblems(definition: StateMachineDefinition, problems: Record<string, string[]>): MachineProblem[] {
  return Object.entries(problems).flatMap(([key, messages]) => {
    const [kind, ...rest] = key.split(":");
    const name = rest.join(":");
    const parts: MachinePart[] = kind === "state" ? [{ kind: "state", name }]
      : kind === "action" ? definition.actions.flatMap((a, index) => (a.name === name ? [{ kind: "action" as const, index }] : []))
      : key === "start" ? [{ kind: "start" }] : [];
    return parts.flatMap((part) => messages.map((message) => ({ part, message })));
  });
}

/** What a problem's part is called in the list of every problem. */
function partName(definition: StateMachineDefinition, part: MachinePart): string {
  if (part.kind === "start") return "Start";
  if (part.kind === "state") return part.name || "(unnamed status)";
  const action = definition.actions[part.index];
  return action ? `Action ${actionTitle(action)}` : "Action";
}

/**
 * The state-machine editor: the palette adds statuses and actions, the chart draws them (a drag between two statuses
 * adds an action), and the side panel edits what is selected — or, with nothing selected, lists what the checks found.
 * The checks run on every edit, so a problem shows before Validate.
 */
export function StateMachineDesigner({ definition, types, problems, onChange }: StateMachineDesignerProps) {
  const [selected, setSelected] = useState<MachinePart | null>(null);
  const groups = groupsOf(definition);
  // The checks run on every edit; the server's answer stays until the next Validate or Publish.
  const checks = useMemo(
    () => [...checkMachine(definition, types), ...serverProblems(definition, problems)],
    [definition, types, problems],
  );
  const problemsOf = (part: MachinePart) => [...new Set(checks.filter((c) => samePart(c.part, part)).map((c) => c.message))];

  const statusProblems = useMemo(() => {
    const byStatus: Record<string, string[]> = {};
    for (const c of checks) {
      if (c.part.kind === "state") byStatus[c.part.name] = [...(byStatus[c.part.name] ?? []), c.message];
    }
    return byStatus;
  }, [checks]);

  const connect = useCallback((from: string, to: string) => {
    onChange(addAction(definition, { name: freeActionName(definition), from: [from], to }));
    setSelected({ kind: "action", index: definition.actions.length });
  }, [definition, onChange]);

  const state = selected?.kind === "state" ? definition.states.find((s) => s.name === selected.name) : undefined;
  const action = selected?.kind === "action" ? definition.actions[selected.index] : undefined;

  return (
    <>
      <MachinePalette
        definition={definition}
        groups={groups}
        onAddState={(added) => {
          onChange(addState(definition, added));
          setSelected({ kind: "state", name: added.name });
        }}
        onAddAction={(added) => {
          onChange(addAction(definition, added));
          setSelected({ kind: "action", index: definition.actions.length });
        }}
      />
      <div className="designer">
        <StateMachineChart
          definition={definition}
          label={`State machine of ${definition.id}`}
          selected={selected}
          onSelect={setSelected}
          problems={statusProblems}
          onConnect={connect}
        />
        {state && (
          <StatePanel
            key={state.name}
            definition={definition}
            state={state}
            groups={groups}
            problems={problemsOf(selected!)}
            onRename={(name) => {
              onChange(renameState(definition, state.name, name));
              setSelected({ kind: "state", name });
            }}
            onChange={(change) => onChange(updateState(definition, state.name, change))}
            onSelect={setSelected}
            onRemove={() => {
              onChange(removeState(definition, state.name));
              setSelected(null);
            }}
          />
        )}
        {action && selected?.kind === "action" && (
          <MachineActionPanel
            key={selected.index}
            definition={definition}
            action={action}
            types={types}
            problems={problemsOf(selected)}
            onChange={(change) => onChange(updateAction(definition, selected.index, change))}
            onRemove={() => {
              onChange(removeAction(definition, selected.index));
              setSelected(null);
            }}
          />
        )}
        {selected?.kind === "start" && (
          <MachineStartPanel definition={definition} types={types} problems={problemsOf(selected)}
            onChange={(start) => onChange({ ...definition, start })} />
        )}
        {!state && !action && selected?.kind !== "start" && (
          <MachineOverview definition={definition} checks={checks} onSelect={setSelected} />
        )}
      </div>
    </>
  );
}

/** The side panel with nothing selected: what the checks found, each a button to the part it concerns. */
function MachineOverview({ definition, checks, onSelect }: { definition: StateMachineDefinition; checks: MachineProblem[]; onSelect: (part: MachinePart) => void }) {
  const { t } = useTranslation("definitions");
  return (
    <aside aria-label={t("checks.panel")} className="activity-panel">
      <h2>{t("checks.panel")}</h2>
      {checks.length === 0 ? (
        <p>{t("checks.none")}</p>
      ) : (
        <ul className="plain-list check-list">
          {checks.map((c, i) => (
            <li key={i}>
              <button type="button" className="link-button" onClick={() => onSelect(c.part)}>{partName(definition, c.part)}</button>: {c.message}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">
        {t("checks.counts", { states: definition.states.length, actions: definition.actions.length })}
      </p>
    </aside>
  );
}
