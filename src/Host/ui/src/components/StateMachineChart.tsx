import { useEffect, useMemo, useState } from "react";
import {
  Background, MarkerType, ReactFlow, ReactFlowProvider, applyNodeChanges, type Connection, type NodeChange, type Rect,
} from "@xyflow/react";
import type { StateMachineDefinition } from "../api/types";
import { ActionEdge, type ActionFlowEdge } from "./ActionEdge";
import { ChartNavigation, chartSettings, useChartLabels } from "./ChartNavigation";
import { routeTransitions } from "./machineGeometry";
import { MachineStartNode, StateNode, StatusGroupNode, type StartFlowNode, type StateFlowNode, type StatusGroupFlowNode } from "./StateNode";
import { drawingOf, samePart, startNodeId, type MachineDrawing, type MachinePart, type Transition } from "./stateMachine";
import { areaAround, layoutMachine, startSize, stateWidth } from "./stateMachineLayout";

const nodeTypes = { state: StateNode, machineStart: MachineStartNode, statusGroup: StatusGroupNode };
const edgeTypes = { actions: ActionEdge };

interface StateMachineChartProps {
  definition: StateMachineDefinition;
  /** The chart's accessible name. */
  label: string;
  /** The status a request is in now: highlighted, and what the chart opens on. */
  currentStatus?: string | null;
  /** In the editor: the part shown in the side panel. */
  selected?: MachinePart | null;
  onSelect?: (part: MachinePart | null) => void;
  /** Check messages by status name. */
  problems?: Record<string, string[]>;
  /** In the editor: a drag from one status to another adds an action between them. */
  onConnect?: (from: string, to: string) => void;
}

type MachineNode = StatusGroupFlowNode | StartFlowNode | StateFlowNode;

const noProblems: Record<string, string[]> = {};

/** A group's heading: "active" reads "Active". */
const titleOf = (group: string) => group.charAt(0).toUpperCase() + group.slice(1);

function Chart({
  definition, drawing, label, currentStatus = null, selected = null, onSelect, problems = noProblems, onConnect,
}: StateMachineChartProps & { drawing: MachineDrawing }) {
  // What the layout depends on; names and labels of actions do not move anything.
  const shape = JSON.stringify([
    definition.states.map((s) => [s.name, s.group, s.position, s.timers?.length]),
    drawing.transitions.map((t) => [t.from, t.to, t.back]),
    [...drawing.inPlace.entries()].map(([status, steps]) => [status, steps.length]),
  ]);
  const machineLayout = useMemo(() => layoutMachine(definition, drawing), [shape]);
  const focus = useMemo(() => [currentStatus ?? startNodeId], [currentStatus]);
  const connectable = onConnect !== undefined;

  const [nodes, setNodes] = useState<MachineNode[]>([]);
  // Changes when React Flow measures a status: its group's area is drawn again around what is really there.
  const measuredSizes = nodes.filter((n) => n.type === "state").map((n) => [n.id, n.measured?.width, n.measured?.height]);
  const measuredKey = JSON.stringify(measuredSizes);

  useEffect(() => {
    const start: StartFlowNode = {
      id: startNodeId,
      type: "machineStart",
      position: machineLayout.positions.get(startNodeId) ?? { x: 0, y: 0 },
      width: startSize.width,
      data: {},
      selected: samePart(selected, { kind: "start" }),
      ariaLabel: "Start",
      connectable: false,
    };
    const states: StateFlowNode[] = definition.states.map((s) => {
      const current = s.name === currentStatus;
      const stateProblems = problems[s.name] ?? [];
      return {
        id: s.name,
        type: "state",
        position: machineLayout.positions.get(s.name) ?? { x: 0, y: 0 },
        width: stateWidth,
        selected: samePart(selected, { kind: "state", name: s.name }),
        className: [s.final ? "final" : "", current ? "current" : "", stateProblems.length ? "has-problem" : ""].join(" ").trim(),
        ariaLabel: `${s.name}${s.group ? ` (${s.group})` : ""}${s.final ? ", final" : ""}${current ? ", current status" : ""}`,
        domAttributes: (current ? { "data-current": "true" } : {}) as StateFlowNode["domAttributes"],
        data: {
          name: s.name,
          final: s.final === true,
          current,
          timers: (s.timers ?? []).map((t) => `${t.action} at ${t.at}`),
          inPlace: (drawing.inPlace.get(s.name) ?? []).map((step) => step.text),
          problems: stateProblems,
          connectable,
        },
      };
    });
    setNodes((previous) => {
      // Keep React Flow's measurement, or the nodes would be hidden until measured again.
      const measured = new Map(previous.map((n) => [n.id, n.measured]));
      const sizeOf = (status: string) => {
        const m = measured.get(status);
        return m?.width && m.height ? { width: m.width, height: m.height } : machineLayout.sizes.get(status)!;
      };
      const areas: StatusGroupFlowNode[] = machineLayout.groups.map((g) => {
        const area = areaAround(g.statuses.map((s) => ({ ...machineLayout.positions.get(s)!, ...sizeOf(s) })));
        return {
          id: `group:${g.name}`,
          type: "statusGroup",
          position: { x: area.x, y: area.y },
          width: area.width,
          height: area.height,
          data: { title: titleOf(g.name) },
          className: `status-group status-group-${g.name}`,
          selectable: false, focusable: false, draggable: false, connectable: false,
        };
      });
      return [...areas, start, ...states].map((n) => ({ ...n, measured: measured.get(n.id) }));
    });
    // measuredKey: the areas follow the statuses' measured sizes.
  }, [definition, drawing, machineLayout, currentStatus, selected, problems, connectable, measuredKey]);

  const edges = useMemo<ActionFlowEdge[]>(() => {
    const boxes = new Map<string, Rect>();
    for (const n of nodes) {
      if (n.type !== "statusGroup" && n.measured?.width && n.measured.height) {
        boxes.set(n.id, { ...n.position, width: n.measured.width, height: n.measured.height });
      }
    }
    const geometry = routeTransitions(drawing.transitions, boxes);
    // What the reader looks at: the selected status or action, or else the request's status.
    const focused = selected ?? (currentStatus ? { kind: "state" as const, name: currentStatus } : null);
    const concerns = (t: Transition) =>
      focused?.kind === "state" ? t.from === focused.name || t.to === focused.name : t.steps.some((step) => samePart(step.part, focused));
    return drawing.transitions.map((t, i) => ({
      id: `transition-${i}-${t.from}-${t.to}`,
      source: t.from,
      target: t.to,
      type: "actions",
      markerEnd: { type: MarkerType.ArrowClosed },
      data: {
        from: t.from === startNodeId ? "Start" : t.from,
        to: t.to,
        steps: t.steps,
        back: t.back,
        geometry: geometry[i] ?? null,
        selected,
        tone: focused === null ? "normal" : concerns(t) ? "strong" : "faint",
        onSelect,
      },
    }));
  }, [drawing, nodes, selected, currentStatus, onSelect]);

  const onNodesChange = (changes: NodeChange<MachineNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
    // Selection by click or by keyboard (Enter on a focused node) arrives as a select change.
    for (const change of changes) {
      if (change.type !== "select" || !change.selected) continue;
      onSelect?.(change.id === startNodeId ? { kind: "start" } : { kind: "state", name: change.id });
    }
  };

  const chartLabels = useChartLabels();
  return (
    <div className="flowchart state-machine" aria-label={label} role="region">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onPaneClick={() => onSelect?.(null)}
        nodesConnectable={connectable}
        onConnect={(c: Connection) => {
          if (c.source !== c.target && c.source !== startNodeId) onConnect?.(c.source, c.target);
        }}
        elementsSelectable={onSelect !== undefined}
        {...chartSettings}
        ariaLabelConfig={chartLabels}
      >
        <Background />
        <ChartNavigation shape={shape} focus={focus} selectedId={selected?.kind === "state" ? selected.name : null} />
      </ReactFlow>
    </div>
  );
}

/**
 * A state-machine definition drawn as a chart: statuses as nodes inside their group's area (active, completed), the
 * actions between two statuses as one edge labelled with their titles, the start's first statuses, and the actions
 * allowed from every status listed under the chart rather than drawn from each. Laid out by dagre unless the
 * definition stores positions; opens legible on the current status (or the start), like a flowchart.
 */
export function StateMachineChart(props: StateMachineChartProps) {
  const drawing = useMemo(() => drawingOf(props.definition), [props.definition]);
  return (
    <div className="state-machine-chart">
      <ReactFlowProvider>
        <Chart {...props} drawing={drawing} />
      </ReactFlowProvider>
      {drawing.fromAnyStatus.length > 0 && (
        <div className="any-status" role="group" aria-label="From any status">
          <span className="any-status-title">From any status:</span>
          <ul className="inline-list">
            {drawing.fromAnyStatus.map((step, i) => (
              <li key={i}>
                {props.onSelect ? (
                  <button type="button" className={samePart(step.part, props.selected ?? null) ? "action-label selected" : "action-label"}
                    aria-pressed={samePart(step.part, props.selected ?? null)} onClick={() => props.onSelect?.(step.part)}>
                    {step.text}
                  </button>
                ) : step.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
