import { Graph, layout } from "@dagrejs/dagre";
import type { Definition } from "../api/types";

export const nodeWidth = 200;
export const nodeHeight = 64;

/**
 * Top-left positions for each activity. Definitions store no positions, so the chart is laid out from the
 * connections every time: top to bottom, in the order the workflow runs.
 */
export function layoutActivities(definition: Definition): Map<string, { x: number; y: number }> {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: "TB", nodesep: 40, ranksep: 60, edgesep: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const activity of definition.activities) graph.setNode(activity.id, { width: nodeWidth, height: nodeHeight });
  definition.connections.forEach((c, i) => {
    // A connection to an activity that is not (or no longer) there is the validator's to report, not the layout's.
    if (graph.hasNode(c.source) && graph.hasNode(c.target)) graph.setEdge(c.source, c.target, {}, `${i}`);
  });
  layout(graph);

  const positions = new Map<string, { x: number; y: number }>();
  for (const activity of definition.activities) {
    const node = graph.node(activity.id) as { x: number; y: number } | undefined;
    // dagre gives centres; React Flow places nodes by their top-left corner.
    positions.set(activity.id, node ? { x: node.x - nodeWidth / 2, y: node.y - nodeHeight / 2 } : { x: 0, y: 0 });
  }
  return positions;
}
