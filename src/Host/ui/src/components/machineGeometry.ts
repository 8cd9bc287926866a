// Where a state machine's edges run and where their labels go: computed for all edges at once from the nodes' boxes,
// so that a label can move along its edge to where no other label (and no status) is, which an edge drawing
// itself could not know.
import type { Rect, XYPosition } from "@xyflow/react";
import type { Transition } from "./stateMachine";

export interface EdgeGeometry {
  /** An SVG path: one cubic Bézier curve between the facing borders of the two boxes. */
  path: string;
  /** The centre of the edge's label. */
  label: XYPosition;
}

/** Edges between the same two statuses, one each way, run this far apart. */
const pairShift = 10;

/** The label's size as drawn by .action-label (12 px text): estimated, since labels are placed before they are drawn. */
function labelSize(transition: Transition): { width: number; height: number } {
  const texts = transition.steps.map((s) => s.text).filter(Boolean);
  return { width: Math.max(0, ...texts.map((t) => t.length * 6.6 + 14)), height: texts.length * 18 };
}

/** Where along an edge its label may sit, best first: the middle, then nearer either end. */
const labelPlaces = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];

const centre = (r: Rect): XYPosition => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/**
 * Where the line from the box's centre towards `towards` leaves the box (moved sideways by `shift`), and the
 * outward direction of that side, which the curve leaves along.
 */
function borderPoint(box: Rect, towards: XYPosition, shift: XYPosition): { point: XYPosition; out: XYPosition } {
  const c = centre(box);
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  const sideways = Math.abs(dx) * box.height > Math.abs(dy) * box.width;
  const scale = sideways ? box.width / 2 / Math.abs(dx || 1) : box.height / 2 / Math.abs(dy || 1);
  const out = sideways ? { x: Math.sign(dx), y: 0 } : { x: 0, y: Math.sign(dy) || 1 };
  return { point: { x: c.x + dx * scale + shift.x, y: c.y + dy * scale + shift.y }, out };
}

function cubicAt(p: XYPosition[], t: number): XYPosition {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: a * p[0]!.x + b * p[1]!.x + c * p[2]!.x + d * p[3]!.x, y: a * p[0]!.y + b * p[1]!.y + c * p[2]!.y + d * p[3]!.y };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The curve and label of each transition, in order, given each node's box. Labels are placed one by one, each at the
 * first place along its edge that overlaps no label placed before it nor any status, or else where it overlaps least.
 * Transitions whose boxes are not known yet (not measured) get none.
 */
export function routeTransitions(transitions: Transition[], boxes: Map<string, Rect>): (EdgeGeometry | null)[] {
  const pairs = new Set(transitions.map((t) => JSON.stringify([t.from, t.to])));
  const obstacles: Rect[] = [...boxes.values()];
  return transitions.map((t) => {
    const from = boxes.get(t.from);
    const to = boxes.get(t.to);
    if (!from || !to) return null;
    const [a, b] = [centre(from), centre(to)];
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // Perpendicular to the line between the centres, so two edges the opposite way sit side by side.
    const shiftBy = pairs.has(JSON.stringify([t.to, t.from])) ? pairShift : 0;
    const shift = { x: ((a.y - b.y) / length) * shiftBy, y: ((b.x - a.x) / length) * shiftBy };
    const start = borderPoint(from, b, shift);
    const end = borderPoint(to, a, shift);
    const reach = Math.max(30, 0.35 * Math.hypot(end.point.x - start.point.x, end.point.y - start.point.y));
    const curve = [
      start.point,
      { x: start.point.x + start.out.x * reach, y: start.point.y + start.out.y * reach },
      { x: end.point.x + end.out.x * reach, y: end.point.y + end.out.y * reach },
      end.point,
    ];
    const size = labelSize(t);
    let best = { at: cubicAt(curve, 0.5), cost: Number.POSITIVE_INFINITY };
    for (const place of labelPlaces) {
      const at = cubicAt(curve, place);
      const box = { x: at.x - size.width / 2, y: at.y - size.height / 2, ...size };
      const cost = obstacles.reduce((sum, o) => sum + overlap(box, o), 0);
      if (cost < best.cost) best = { at, cost };
      if (cost === 0) break;
    }
    if (size.height > 0) obstacles.push({ x: best.at.x - size.width / 2, y: best.at.y - size.height / 2, ...size });
    const [p0, p1, p2, p3] = curve;
    return { path: `M${p0!.x},${p0!.y} C${p1!.x},${p1!.y} ${p2!.x},${p2!.y} ${p3!.x},${p3!.y}`, label: best.at };
  });
}
