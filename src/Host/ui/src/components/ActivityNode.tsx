import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";

export interface ActivityNodeData extends Record<string, unknown> {
  activityId: string;
  type: string;
  waiting: boolean;
  problems: string[];
  /** One source handle per outcome, so an edge leaves from its outcome and a drag from it connects that outcome. */
  outcomes: string[];
  /** In the editor: handles take drags to connect outcomes. */
  connectable: boolean;
}

export type ActivityFlowNode = Node<ActivityNodeData, "activity">;

/** One activity on the chart: its id and type, where the instance waits, and what the validator said about it. */
export function ActivityNode({ data }: NodeProps<ActivityFlowNode>) {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={data.connectable} />
      <div className="activity-id">{data.activityId}</div>
      <div className="activity-type">{data.type}</div>
      {data.waiting && <div className="activity-waiting">waiting here</div>}
      {data.problems.map((p) => (
        <div key={p} className="activity-problem">
          {p}
        </div>
      ))}
      {data.outcomes.map((outcome, i) => (
        <Handle
          key={outcome}
          id={outcome}
          type="source"
          position={Position.Bottom}
          isConnectable={data.connectable}
          title={data.connectable ? `Drag to connect ${outcome}` : outcome}
          style={{ left: `${((i + 1) * 100) / (data.outcomes.length + 1)}%` }}
        />
      ))}
    </>
  );
}
