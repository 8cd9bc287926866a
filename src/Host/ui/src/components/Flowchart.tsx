import { useEffect, useMemo, useState } from "react";
import {
  Background, MarkerType, ReactFlow, ReactFlowProvider, applyNodeChanges, type Connection, type Edge, type NodeChange,
} from "@xyflow/react";
import type { Definition } from "../api/types";
import { ActivityNode, type ActivityFlowNode } from "./ActivityNode";
import { ChartNavigation, chartSettings, useChartLabels } from "./ChartNavigation";
import { layoutActivities } from "./flowLayout";
import { doneOutcome, outcomeOf, outcomesOf } from "./outcomes";

const nodeTypes = { activity: ActivityNode };

interface FlowchartProps {
  definition: Definition;
  /** The chart's accessible name. */
  label: string;
  selectedId?: string | null;
  onSelect?: (activityId: string | null) => void;
  /** Activities the running instance waits in now. */
  waitingAt?: string[];
  /** Validation messages by activity id. */
  problems?: Record<string, string[]>;
  /** The outcomes an activity's type declares; those its connections use are added. */
  declaredOutcomes?: (activityType: string) => string[];
  /** In the editor: a drag from an outcome's handle to another activity connects them. */
  onConnect?: (source: string, outcome: string, target: string) => void;
}

/** What the chart's shape depends on: laying out again (and fitting the view) only when this changes. */
function shapeOf(definition: Definition): string {
  return JSON.stringify([definition.activities.map((a) => a.id), definition.connections]);
}

function toEdges(definition: Definition): Edge[] {
  return definition.connections.map((c, i) => ({
    // Not the activity ids alone: an edge's DOM element carries its id as data-id, like a node's.
    id: `connection-${i}-${c.source}-${outcomeOf(c)}-${c.target}`,
    source: c.source,
    sourceHandle: outcomeOf(c),
    target: c.target,
    label: outcomeOf(c),
    className: c.outcome ? "outcome-edge" : "done-edge",
    markerEnd: { type: MarkerType.ArrowClosed },
  }));
}

/** The activity the runtime starts at: the one of type Start. */
const startType = "Start";

// Shared defaults: a fresh [] or {} on every render would re-run the effect that sets the nodes, forever.
const noWaits: string[] = [];
const noProblems: Record<string, string[]> = {};
const noDeclaredOutcomes = () => [];

function Chart({
  definition, label, selectedId = null, onSelect, waitingAt = noWaits, problems = noProblems, declaredOutcomes = noDeclaredOutcomes, onConnect,
}: FlowchartProps) {
  const shape = shapeOf(definition);
  // Keyed on the shape, not the definition: editing an input must not move the nodes around.
  const positions = useMemo(() => layoutActivities(definition), [shape]);
  // Where the instance waits, or else the start: what the chart opens on.
  const focus = useMemo(
    () => (waitingAt.length > 0 ? waitingAt : definition.activities.filter((a) => a.type === startType).map((a) => a.id)),
    [shape, waitingAt],
  );
  const [nodes, setNodes] = useState<ActivityFlowNode[]>([]);

  useEffect(() => {
    setNodes((previous) => {
      const measured = new Map(previous.map((n) => [n.id, n.measured]));
      return definition.activities.map((a) => {
        const waiting = waitingAt.includes(a.id);
        const activityProblems = problems[a.id] ?? [];
        return {
          id: a.id,
          type: "activity" as const,
          position: positions.get(a.id) ?? { x: 0, y: 0 },
          // Keep React Flow's measurement, or the node would be hidden until measured again.
          measured: measured.get(a.id),
          selected: a.id === selectedId,
          className: [waiting ? "waiting" : "", activityProblems.length ? "has-problem" : ""].join(" ").trim(),
          ariaLabel: `${a.id} (${a.type})${waiting ? ", waiting here" : ""}`,
          domAttributes: (waiting ? { "data-waiting": "true" } : {}) as ActivityFlowNode["domAttributes"],
          data: {
            activityId: a.id, type: a.type, waiting, problems: activityProblems,
            outcomes: outcomesOf(definition, a.id, declaredOutcomes(a.type)), connectable: onConnect !== undefined,
          },
        };
      });
    });
  }, [definition, positions, selectedId, waitingAt, problems, declaredOutcomes, onConnect]);

  const edges = useMemo(() => toEdges(definition), [definition]);

  const onNodesChange = (changes: NodeChange<ActivityFlowNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
    // Selection by click or by keyboard (Enter on a focused node) arrives as a select change.
    for (const change of changes) {
      if (change.type === "select" && change.selected) onSelect?.(change.id);
    }
  };

  const chartLabels = useChartLabels();
  return (
    <div className="flowchart" aria-label={label} role="region">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onPaneClick={() => onSelect?.(null)}
        nodesConnectable={onConnect !== undefined}
        onConnect={(c: Connection) => {
          if (c.target !== c.source) onConnect?.(c.source, c.sourceHandle ?? doneOutcome, c.target);
        }}
        elementsSelectable={onSelect !== undefined}
        {...chartSettings}
        ariaLabelConfig={chartLabels}
      >
        <Background />
        <ChartNavigation shape={shape} focus={focus} selectedId={selectedId} />
      </ReactFlow>
    </div>
  );
}

/**
 * A definition drawn as a flowchart: activities as nodes, outcomes as labelled edges, laid out by dagre. It opens
 * legible on where the instance waits (or the start), with a minimap and a fit button for the rest.
 */
export function Flowchart(props: FlowchartProps) {
  return (
    <ReactFlowProvider>
      <Chart {...props} />
    </ReactFlowProvider>
  );
}
