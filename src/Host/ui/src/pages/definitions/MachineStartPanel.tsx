import type { ActivityType, StateMachineDefinition } from "../../api/types";
import { ProblemList } from "./ProblemList";
import { RunList } from "./RunList";
import { TargetEditor } from "./TargetEditor";

interface MachineStartPanelProps {
  definition: StateMachineDefinition;
  types: ActivityType[];
  problems: string[];
  onChange: (start: StateMachineDefinition["start"]) => void;
}

/** The side panel of the start: the activities a new request runs first, and the status (or one per outcome) it enters. */
export function MachineStartPanel({ definition, types, problems, onChange }: MachineStartPanelProps) {
  const { start } = definition;
  const run = start.run ?? [];
  return (
    <aside aria-label="Start" className="activity-panel">
      <h2>Start</h2>
      <ProblemList problems={problems} />
      <RunList run={run} types={types} idPrefix="start-run" onChange={(next) => onChange({ ...start, run: next })} />
      <TargetEditor to={start.to} statuses={definition.states.map((s) => s.name)} run={run} types={types} forStart idPrefix="start-to"
        onChange={(to) => onChange({ ...start, to: to ?? "" })} />
    </aside>
  );
}
