import { Graph, layout } from "@dagrejs/dagre";
import type { Rect } from "@xyflow/react";
import type { StateMachineDefinition } from "../api/types";
import { startNodeId, type MachineDrawing } from "./stateMachine";

export const stateWidth = 220;
const stateHeight = 52;
/** Each action or timer listed on a status's node adds a line of this height per this many characters (it wraps). */
const lineHeight = 17;
const charactersPerLine = 30;
export const startSize = { width: 110, height: 40 } as const;
/** Room around a group's statuses, and for its heading above them. */
const groupPadding = 20;
const groupHeading = 28;

/**
 * Where each status goes (top-left corners, as React Flow places nodes), the size it was laid out at (an estimate
 * until React Flow measures it), and the groups in the order their areas are drawn.
 */
export interface MachineLayout {
  positions: Map<string, { x: number; y: number }>;
  sizes: Map<string, { width: number; height: number }>;
  groups: { name: string; statuses: string[] }[];
}

/** The order groups are laid out and listed in: the format's two, then any other, then the statuses of none (""). */
const groupRank = (group: string) => (group === "active" ? 0 : group === "completed" ? 1 : group ? 2 : 3);

/** The node's height as dagre needs it before React Flow measures it: its name, its listed actions and timers. */
function heightOf(definition: StateMachineDefinition, drawing: MachineDrawing, status: string): number {
  const state = definition.states.find((s) => s.name === status);
  const listed = [
    ...(drawing.inPlace.get(status) ?? []).map((step) => step.text),
    ...(state?.timers ?? []).map((t) => `Timer: ${t.action} at ${t.at}`),
  ];
  return stateHeight + lineHeight * listed.reduce((lines, text) => lines + Math.ceil(text.length / charactersPerLine), 0);
}

/**
 * The statuses' positions: those the definition stores when every status has one (the designer's own), otherwise
 * laid out group by group, each group's block under the one before (active, then completed, then any other, then
 * the statuses of no group), so that a group's area (a labelled rectangle behind its statuses) holds no status of
 * another. Inside a block dagre lays the statuses out top to bottom along the actions between them (the first block
 * begins at the start); a block without such actions, like the completed statuses, is one row, each status under
 * the statuses its actions come from. Ways back to an interrupted status are left out of the layout: they would
 * pull a status above the one it returns from.
 */
export function layoutMachine(definition: StateMachineDefinition, drawing: MachineDrawing): MachineLayout {
  const sizes = new Map<string, { width: number; height: number }>([[startNodeId, startSize]]);
  for (const state of definition.states) sizes.set(state.name, { width: stateWidth, height: heightOf(definition, drawing, state.name) });
  const positions = definition.states.length > 0 && definition.states.every((s) => s.position)
    ? storedPositions(definition)
    : blockPositions(definition, drawing, sizes);

  const members = new Map<string, string[]>();
  for (const state of definition.states) {
    if (state.group) members.set(state.group, [...(members.get(state.group) ?? []), state.name]);
  }
  const groups = [...members.entries()]
    .sort(([a], [b]) => groupRank(a) - groupRank(b) || a.localeCompare(b))
    .map(([name, statuses]) => ({ name, statuses }));
  return { positions, sizes, groups };
}

function storedPositions(definition: StateMachineDefinition): Map<string, { x: number; y: number }> {
  const positions = new Map(definition.states.map((s) => [s.name, s.position!]));
  const top = Math.min(...definition.states.map((s) => s.position!.y));
  const first = definition.states[0]!.position!;
  positions.set(startNodeId, { x: first.x + (stateWidth - startSize.width) / 2, y: top - startSize.height - blockGap });
  return positions;
}

/** Space between two groups' blocks: room for both areas' padding and the lower one's heading. */
const blockGap = 2 * groupPadding + groupHeading + 50;
/** Space between the start and the top of the first group's statuses: room for the area's padding and heading. */
const startGap = groupPadding + groupHeading + 40;
const nodeGap = 50;

function blockPositions(
  definition: StateMachineDefinition, drawing: MachineDrawing, sizes: Map<string, { width: number; height: number }>,
): Map<string, { x: number; y: number }> {
  const blocks = new Map<string, string[]>();
  for (const state of definition.states) blocks.set(state.group ?? "", [...(blocks.get(state.group ?? "") ?? []), state.name]);
  const ordered = [...blocks.entries()].sort(([a], [b]) => groupRank(a) - groupRank(b) || a.localeCompare(b));

  const positions = new Map<string, { x: number; y: number }>([[startNodeId, { x: 0, y: 0 }]]);
  if (ordered.length === 0) return positions;
  const placed: { ids: string[]; width: number }[] = [];
  let top = 0;
  ordered.forEach(([, statuses], index) => {
    const ids = index === 0 ? [startNodeId, ...statuses] : statuses;
    const inside = new Set(ids);
    const edges = drawing.transitions.filter((t) => !t.back && inside.has(t.from) && inside.has(t.to));
    const block = edges.length > 0 ? dagreBlock(ids, edges, sizes) : rowBlock(ids, drawing, sizes, positions);
    for (const [id, p] of block.positions) positions.set(id, { x: p.x, y: p.y + top });
    placed.push({ ids, width: block.width });
    top += block.height + blockGap;
  });
  // Each block centred under the widest.
  const widest = Math.max(...placed.map((b) => b.width));
  for (const block of placed) {
    for (const id of block.ids) {
      const p = positions.get(id)!;
      positions.set(id, { x: p.x + (widest - block.width) / 2, y: p.y });
    }
  }
  // The start ranks the first block from the top, but belongs to no group: it goes above that group's area, where a
  // status with no way in (ranked beside it) would otherwise put it inside.
  const firstTop = Math.min(...placed[0]!.ids.filter((id) => id !== startNodeId).map((id) => positions.get(id)!.y));
  const start = positions.get(startNodeId)!;
  positions.set(startNodeId, { x: start.x, y: Math.min(start.y, firstTop - startSize.height - startGap) });
  return positions;
}

interface Block {
  positions: Map<string, { x: number; y: number }>;
  width: number;
  height: number;
}

function dagreBlock(ids: string[], edges: { from: string; to: string }[], sizes: Map<string, { width: number; height: number }>): Block {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: "TB", nodesep: nodeGap, ranksep: 70, edgesep: 20, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of ids) graph.setNode(id, { ...sizes.get(id)! });
  edges.forEach((e, i) => graph.setEdge(e.from, e.to, {}, `${i}`));
  layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const node = graph.node(id) as { x: number; y: number };
    const size = sizes.get(id)!;
    // dagre gives centres; React Flow places nodes by their top-left corner.
    positions.set(id, { x: node.x - size.width / 2, y: node.y - size.height / 2 });
  }
  const { width = 0, height = 0 } = graph.graph();
  return { positions, width, height };
}

/** One row, each status under the mean position of the statuses already placed that lead to it, to spare crossings. */
function rowBlock(
  ids: string[], drawing: MachineDrawing, sizes: Map<string, { width: number; height: number }>, placed: Map<string, { x: number; y: number }>,
): Block {
  const under = (id: string) => {
    const xs = drawing.transitions.filter((t) => t.to === id && placed.has(t.from)).map((t) => placed.get(t.from)!.x);
    return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.MAX_SAFE_INTEGER;
  };
  const sorted = [...ids].sort((a, b) => under(a) - under(b));
  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  for (const id of sorted) {
    positions.set(id, { x, y: 0 });
    x += sizes.get(id)!.width + nodeGap;
  }
  return { positions, width: Math.max(0, x - nodeGap), height: Math.max(...sorted.map((id) => sizes.get(id)!.height)) };
}

/** The rectangle around some statuses, with room for the group's heading. */
export function areaAround(rects: Rect[]): Rect {
  const left = Math.min(...rects.map((r) => r.x)) - groupPadding;
  const top = Math.min(...rects.map((r) => r.y)) - groupPadding - groupHeading;
  const right = Math.max(...rects.map((r) => r.x + r.width)) + groupPadding;
  const bottom = Math.max(...rects.map((r) => r.y + r.height)) + groupPadding;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
