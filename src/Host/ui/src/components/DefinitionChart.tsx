import type { WorkflowDefinition } from "../api/types";
import { Flowchart } from "./Flowchart";
import { StateMachineChart } from "./StateMachineChart";
import { isStateMachine } from "./stateMachine";

interface DefinitionChartProps {
  definition: WorkflowDefinition;
  label: string;
  /** A flowchart instance: the activities it waits in. */
  waitingAt?: string[];
  /** A state-machine instance: the status it is in. */
  currentStatus?: string | null;
}

/** An instance's definition, read-only, drawn as its kind is: a flowchart, or a state machine. */
export function DefinitionChart({ definition, label, waitingAt, currentStatus }: DefinitionChartProps) {
  return isStateMachine(definition)
    ? <StateMachineChart definition={definition} label={label} currentStatus={currentStatus} />
    : <Flowchart definition={definition} label={label} waitingAt={waitingAt} />;
}
