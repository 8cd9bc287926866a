import { useTranslation } from "react-i18next";
import { definitions } from "../api/library";
import type { WorkflowView } from "../api/types";
import { DefinitionChart } from "./DefinitionChart";
import { ProblemAlert } from "./ProblemAlert";
import { isStateMachine } from "./stateMachine";
import { useLoad } from "./useLoad";

/** What the chart needs of an instance, as a request's workflow and the engine's instance view both say it. */
type Charted = Pick<WorkflowView, "definition" | "version" | "waitingAt">;

/**
 * The definition version a workflow instance runs, drawn as its kind is: a flowchart with the activities it waits in
 * marked, or a state machine with the request's status highlighted.
 */
export function WorkflowChart({ workflow, currentStatus }: { workflow: Charted | null | undefined; currentStatus?: string | null }) {
  const { t } = useTranslation("components");
  const definition = useLoad(
    async () => (workflow ? definitions.get(workflow.definition, workflow.version) : null),
    [workflow?.definition, workflow?.version],
  );
  return (
    <>
      <ProblemAlert error={definition.error} />
      {definition.data && (
        <div className="request-flow">
          <DefinitionChart definition={definition.data} label={t(isStateMachine(definition.data) ? "chart.stateMachineOf" : "chart.flowchartOf", { id: definition.data.id, version: definition.data.version })}
            waitingAt={workflow?.waitingAt ?? []} currentStatus={currentStatus} />
        </div>
      )}
    </>
  );
}
