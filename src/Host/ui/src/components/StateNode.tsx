import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";

export interface StateNodeData extends Record<string, unknown> {
  name: string;
  final: boolean;
  /** The status the request is in now. */
  current: boolean;
  /** "expire at neededByAt": the status's timers. */
  timers: string[];
  /** Actions listed on the node rather than drawn: those that leave the status as it is, in words. */
  inPlace: string[];
  problems: string[];
  /** In the editor: a drag from the handle to another status adds an action between them. */
  connectable: boolean;
}

export type StateFlowNode = Node<StateNodeData, "state">;

/**
 * One status on a state-machine chart. Its edges float (they meet the border facing the other status), so the
 * handles only anchor them and, in the editor, start a drag that adds an action.
 */
export function StateNode({ data }: NodeProps<StateFlowNode>) {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={data.connectable} />
      <div className="state-name">{data.name}</div>
      {data.final && <div className="state-final">final</div>}
      {data.current && <div className="activity-waiting">current status</div>}
      {data.timers.map((t) => <div key={t} className="state-line">Timer: {t}</div>)}
      {data.inPlace.map((a) => <div key={a} className="state-line">{a}</div>)}
      {data.problems.map((p) => <div key={p} className="activity-problem">{p}</div>)}
      <Handle type="source" position={Position.Bottom} isConnectable={data.connectable}
        title={data.connectable ? `Drag to another status to add an action from ${data.name}` : undefined} />
    </>
  );
}

export type StartFlowNode = Node<Record<string, never>, "machineStart">;

/** Where a new request begins: the start's activities run, and their outcome picks the first status. */
export function MachineStartNode() {
  return (
    <>
      <div className="state-name">Start</div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </>
  );
}

export type StatusGroupFlowNode = Node<{ title: string }, "statusGroup">;

/** A group's area behind its statuses (active, completed), named at its top. */
export function StatusGroupNode({ data }: NodeProps<StatusGroupFlowNode>) {
  return <div className="status-group-title">{data.title}</div>;
}
