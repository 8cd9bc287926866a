import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";

export interface ActivityNodeData extends Record<string, unknown> {
  activityId: string;
  type: string;
  waiting: boolean;
  problems: string[];
}

export type ActivityFlowNode = Node<ActivityNodeData, "activity">;

/** One activity on the chart: its id and type, where the instance waits, and what the validator said about it. */
export function ActivityNode({ data }: NodeProps<ActivityFlowNode>) {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="activity-id">{data.activityId}</div>
      <div className="activity-type">{data.type}</div>
      {data.waiting && <div className="activity-waiting">waiting here</div>}
      {data.problems.map((p) => (
        <div key={p} className="activity-problem">
          {p}
        </div>
      ))}
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </>
  );
}
