import { BaseEdge, EdgeLabelRenderer, type Edge, type EdgeProps } from "@xyflow/react";
import type { EdgeGeometry } from "./machineGeometry";
import { samePart, type ActionStep, type MachinePart } from "./stateMachine";

export interface ActionEdgeData extends Record<string, unknown> {
  from: string;
  to: string;
  steps: ActionStep[];
  /** Every action on it returns to an interrupted status: drawn dashed. */
  back: boolean;
  /** Its curve and label, routed with every other edge's (see routeTransitions); none until the nodes are measured. */
  geometry: EdgeGeometry | null;
  selected: MachinePart | null;
  /** Strong when it concerns the selected (or current) status or action, faint beside such an edge. */
  tone: "strong" | "normal" | "faint";
  /** In the editor: each action's label is a button that selects it. */
  onSelect?: (part: MachinePart) => void;
}

export type ActionFlowEdge = Edge<ActionEdgeData, "actions">;

/**
 * The actions that lead from one status to another, as one curve between the facing borders of the two (statuses
 * of a state machine are joined from every side, not from a top and a bottom handle), with the actions' titles
 * stacked on it.
 */
export function ActionEdge({ id, markerEnd, data }: EdgeProps<ActionFlowEdge>) {
  if (!data?.geometry) return null;
  const { path, label } = data.geometry;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={[data.back ? "back-edge" : "", `${data.tone}-edge`].join(" ").trim()} />
      <EdgeLabelRenderer>
        <div className={`action-labels nodrag nopan ${data.tone}-edge`} data-transition={`${data.from} → ${data.to}`}
          style={{ transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }}>
          {data.steps.filter((step) => step.text).map((step, i) => {
            const chosen = samePart(step.part, data.selected);
            return data.onSelect ? (
              <button key={i} type="button" className={chosen ? "action-label selected" : "action-label"} aria-pressed={chosen}
                onClick={() => data.onSelect?.(step.part)}>
                {step.text}
              </button>
            ) : (
              <span key={i} className="action-label">{step.text}</span>
            );
          })}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
