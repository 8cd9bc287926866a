import type { ActivityType, WorkflowDefinition } from "../../api/types";
import { ApiError } from "../../api/client";
import { isStateMachine } from "../../components/stateMachine";
import { FlowchartDesigner } from "./FlowchartDesigner";
import { StateMachineDesigner } from "./StateMachineDesigner";

interface DefinitionDesignerProps {
  definition: WorkflowDefinition;
  types: ActivityType[];
  /** The last Validate's or Publish's refusal, whose messages are shown where they belong. */
  problem: unknown;
  onChange: (next: WorkflowDefinition) => void;
}

/** The editor of a definition of either kind: its palette, its chart and the side panel of what is selected. */
export function DefinitionDesigner({ definition, types, problem, onChange }: DefinitionDesignerProps) {
  const problems = problem instanceof ApiError ? problem.errors : {};
  return isStateMachine(definition)
    ? <StateMachineDesigner definition={definition} types={types} problems={problems} onChange={onChange} />
    : <FlowchartDesigner definition={definition} types={types} problems={problems} onChange={onChange} />;
}
