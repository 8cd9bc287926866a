// A state-machine definition as the chart and the editor read it: which status each action leads to, from which.
import type { Activity, ActionTarget, ActivityType, MachineAction, StateMachineDefinition, WorkflowDefinition } from "../api/types";

/** The target meaning "the status remembered by the action that had `remember: true`". */
export const interruptedTarget = "$interrupted";

/** An action's `from` meaning every status. */
export const everyStatus = "*";

/** The start, drawn as a node of its own; "$" as in `$interrupted`, so no status name takes it. */
export const startNodeId = "$start";

export function isStateMachine(definition: WorkflowDefinition): definition is StateMachineDefinition {
  return definition.kind === "stateMachine";
}

/** A part of the machine the chart shows and the editor selects. */
export type MachinePart = { kind: "state"; name: string } | { kind: "action"; index: number } | { kind: "start" };

export const samePart = (a: MachinePart | null, b: MachinePart | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What staff read for an action: its label, or its name. */
export const actionTitle = (action: MachineAction): string => action.label || action.name;

/** One way a target leads: the outcome it needs (none for a plain target), and the status (or `$interrupted`). */
export interface TargetWay {
  outcome?: string;
  target: string;
}

/** The ways a target leads that change the status; none when there is no target (the status stays; the server writes it as null). */
export function waysOf(to: ActionTarget | null | undefined): TargetWay[] {
  if (to === undefined || to === null) return [];
  if (typeof to === "string") return [{ target: to }];
  return Object.entries(to).flatMap(([outcome, target]) => (target === null ? [] : [{ outcome, target }]));
}

/** The outcomes of a target by outcome that leave the status as it is (mapped to null). */
export function stayingOutcomes(to: ActionTarget | null | undefined): string[] {
  return typeof to === "object" && to !== null ? Object.entries(to).filter(([, target]) => target === null).map(([outcome]) => outcome) : [];
}

/** The statuses an action names in `from`, or "*" for every one; one name is a list of one. */
export function allowedFrom(action: MachineAction): string[] | typeof everyStatus {
  if (action.from === everyStatus) return everyStatus;
  return typeof action.from === "string" ? [action.from] : action.from;
}

/** A gate as the editor and the checks read it: the source, the flag, and the value it must have. */
export interface Gate {
  source: string;
  flag: string;
  on: boolean;
}

/** The action's gates, all of which must hold; a malformed one (the server's to refuse) is left out. */
export function gatesOf(action: MachineAction): Gate[] {
  const list = action.when === undefined || action.when === null ? [] : Array.isArray(action.when) ? action.when : [action.when];
  return list.flatMap((gate) => {
    const named = Object.entries(gate).filter(([key]) => key !== "equals");
    const [source, flag] = named[0] ?? [];
    return named.length === 1 && typeof flag === "string" ? [{ source: source!, flag, on: gate.equals !== false }] : [];
  });
}

/** The `when` that holds these gates: none, one, or a list. */
export function whenOf(gates: Gate[]): MachineAction["when"] {
  const written = gates.map((g) => ({ [g.source]: g.flag, ...(g.on ? {} : { equals: false }) }));
  return written.length === 0 ? undefined : written.length === 1 ? written[0] : written;
}

/** The outcome an activity ends with when it has no other. */
const done = "Done";

/**
 * The activity whose outcome picks the status of a target by outcome, as the runtime decides: the last one run whose
 * registered type has an outcome other than Done (a notification after it does not decide). None when no such
 * activity runs: then the outcome is Done.
 */
export function decidingActivity(run: Activity[] | undefined, types: ActivityType[]): { activity: Activity; outcomes: string[] } | undefined {
  for (const activity of [...(run ?? [])].reverse()) {
    const outcomes = types.find((t) => t.type === activity.type)?.outcomes ?? [];
    if (outcomes.some((o) => o !== done)) return { activity, outcomes };
  }
  return undefined;
}

/** The outcomes a run can lead by: its deciding activity's, or Done alone. */
export const decidingOutcomes = (run: Activity[] | undefined, types: ActivityType[]): string[] =>
  decidingActivity(run, types)?.outcomes ?? [done];

/** The statuses an action is allowed from, `*` spelt out. */
export function fromStatuses(definition: StateMachineDefinition, action: MachineAction): string[] {
  const from = allowedFrom(action);
  return from === everyStatus ? definition.states.map((s) => s.name) : from;
}

/**
 * The statuses `$interrupted` can mean in `status`: those that actions with `remember: true` lead into it from.
 * `any` when such an action is allowed from every status, so it means "the status before" and no list is drawn.
 */
export function interruptedIn(definition: StateMachineDefinition, status: string): { statuses: string[]; any: boolean } {
  const statuses = new Set<string>();
  let any = false;
  for (const action of definition.actions) {
    if (!action.remember || !waysOf(action.to).some((w) => w.target === status)) continue;
    const from = allowedFrom(action);
    if (from === everyStatus) any = true;
    else from.filter((s) => s !== status).forEach((s) => statuses.add(s));
  }
  return { statuses: [...statuses], any };
}

/** One action's part on an edge or in a list: which action (or the start), and the words shown. */
export interface ActionStep {
  part: MachinePart;
  text: string;
}

/** The actions leading from one status (or the start) to another: one edge, however many actions share it. */
export interface Transition {
  from: string;
  to: string;
  steps: ActionStep[];
  /** Every step goes back to an interrupted status: drawn dashed. */
  back: boolean;
}

/** The machine as drawn: edges between statuses, actions that keep a status, and actions allowed from every status. */
export interface MachineDrawing {
  transitions: Transition[];
  /** Actions that leave a status as it is (no target, or itself), listed on the status's node. */
  inPlace: Map<string, ActionStep[]>;
  /** Actions allowed from every status, listed beside the chart instead of an edge from each status. */
  fromAnyStatus: ActionStep[];
}

/** What one way of an action reads as: "Ship digitally: Complete". */
function stepText(title: string, way: TargetWay, suffix = ""): string {
  return `${title}${way.outcome ? `: ${way.outcome}` : ""}${suffix}`;
}

/** Where a way leads, in words: "Accepted → Cancelled". */
function wayText(way: TargetWay): string {
  return `${way.outcome ? `${way.outcome} ` : ""}→ ${way.target === interruptedTarget ? "the status before" : way.target}`;
}

export function drawingOf(definition: StateMachineDefinition): MachineDrawing {
  const statuses = new Set(definition.states.map((s) => s.name));
  const transitions = new Map<string, Transition>();
  const inPlace = new Map<string, ActionStep[]>();
  const fromAnyStatus: ActionStep[] = [];
  const add = (from: string, to: string, step: ActionStep, back: boolean) => {
    const key = JSON.stringify([from, to]);
    const transition = transitions.get(key) ?? { from, to, steps: [], back: true };
    transition.steps.push(step);
    transition.back &&= back;
    transitions.set(key, transition);
  };
  const keep = (status: string, step: ActionStep) => inPlace.set(status, [...(inPlace.get(status) ?? []), step]);

  for (const way of waysOf(definition.start.to)) {
    if (statuses.has(way.target)) add(startNodeId, way.target, { part: { kind: "start" }, text: way.outcome ?? "" }, false);
  }
  definition.actions.forEach((action, index) => {
    const part: MachinePart = { kind: "action", index };
    const title = actionTitle(action);
    const ways = waysOf(action.to);
    const staying = stayingOutcomes(action.to);
    const allowed = allowedFrom(action);
    if (allowed === everyStatus) {
      const where = [...ways.map(wayText), ...staying.map((o) => `${o}: stays`)];
      fromAnyStatus.push({ part, text: where.length ? `${title} (${where.join("; ")})` : title });
      return;
    }
    // A status the definition does not have is the checks' to report; it has no node to draw from.
    for (const from of allowed.filter((s) => statuses.has(s))) {
      if (action.to === undefined || action.to === null) keep(from, { part, text: `${title} (status stays)` });
      for (const outcome of staying) keep(from, { part, text: `${title}: ${outcome} (status stays)` });
      for (const way of ways) {
        if (way.target === interruptedTarget) {
          const interrupted = interruptedIn(definition, from);
          if (interrupted.any || interrupted.statuses.length === 0) keep(from, { part, text: stepText(title, way, " → the status before") });
          for (const status of interrupted.statuses.filter((s) => statuses.has(s))) {
            add(from, status, { part, text: stepText(title, way, " (back)") }, true);
          }
        } else if (way.target === from) {
          keep(from, { part, text: stepText(title, way, " (status stays)") });
        } else if (!statuses.has(way.target)) {
          // Listed on the node, as there is no node to draw an edge to; the checks say it leads nowhere.
          keep(from, { part, text: stepText(title, way, ` → ${way.target} (not a status)`) });
        } else {
          add(from, way.target, { part, text: stepText(title, way) }, false);
        }
      }
    }
  });
  for (const transition of transitions.values()) transition.steps = distinguished(definition, transition.steps);
  for (const [status, steps] of inPlace) inPlace.set(status, distinguished(definition, steps));
  return { transitions: [...transitions.values()], inPlace, fromAnyStatus: distinguished(definition, fromAnyStatus) };
}

/** A gate in words: "profile awaitDigitalReceipt", "not profile awaitDigitalReceipt". */
const gateText = (gate: Gate) => `${gate.on ? "" : "not "}${gate.source} ${gate.flag}`;

/**
 * Steps that would read the same in one place — entries of one action that differ by their gates, such as a
 * shipment for partners whose profile awaits digital receipt and one for those whose does not — say their gates;
 * entries that read the same with their gates too are one step.
 */
function distinguished(definition: StateMachineDefinition, steps: ActionStep[]): ActionStep[] {
  const count = new Map<string, number>();
  for (const step of steps) count.set(step.text, (count.get(step.text) ?? 0) + 1);
  const seen = new Set<string>();
  return steps.flatMap((step) => {
    const action = step.part.kind === "action" ? definition.actions[step.part.index] : undefined;
    const gates = action ? gatesOf(action) : [];
    const text = (count.get(step.text) ?? 0) > 1 ? `${step.text} (if ${gates.length ? gates.map(gateText).join(" and ") : "no gate"})` : step.text;
    if (seen.has(text)) return [];
    seen.add(text);
    return [{ ...step, text }];
  });
}
