// What the designer can tell about a state machine at once, before the server's validation: the rules of the format
// that need no more than the definition and the registered activity types.
import type { Activity, ActionTarget, ActivityType, StateMachineDefinition } from "../../api/types";
import {
  allowedFrom, decidingActivity, decidingOutcomes, everyStatus, fromStatuses, gatesOf, interruptedIn, interruptedTarget, waysOf,
  type Gate, type MachinePart,
} from "../../components/stateMachine";

export interface MachineProblem {
  part: MachinePart;
  message: string;
}

/** Two entries' gates can never hold together when they need one flag both on and off. */
function gatesExclusive(a: Gate[], b: Gate[]): boolean {
  return a.some((g) => b.some((o) => o.source === g.source && o.flag === g.flag && o.on !== g.on));
}

/**
 * The problems of a `run` list and the target it leads by: unknown types, repeated ids, outcomes leading nowhere, an
 * activity run on an outcome its deciding activity does not have.
 */
function runProblems(run: Activity[] | undefined, to: ActionTarget | null | undefined, types: ActivityType[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const activity of run ?? []) {
    if (ids.has(activity.id)) problems.push(`Two activities to run are called "${activity.id}".`);
    ids.add(activity.id);
    if (types.length > 0 && !types.some((t) => t.type === activity.type)) problems.push(`"${activity.type}" is not a registered activity type.`);
  }
  // Outcomes are only known once the registry has answered.
  if (types.length === 0) return problems;
  const outcomes = decidingOutcomes(run, types);
  const deciding = decidingActivity(run, types)?.activity;
  const of = deciding ? `${deciding.id} (${deciding.type})` : "its activities";
  (run ?? []).forEach((activity, index) => {
    if (activity.on === undefined) return;
    if (!deciding || index <= (run ?? []).indexOf(deciding)) problems.push(`"${activity.id}" runs on outcome "${activity.on}", but no activity before it decides an outcome.`);
    else if (!outcomes.includes(activity.on)) problems.push(`"${activity.id}" runs on outcome "${activity.on}", which ${of} does not have (it has ${outcomes.join(", ")}).`);
  });
  // The server writes an action without a target as null.
  if (to === undefined || to === null || typeof to === "string") return problems;
  for (const outcome of outcomes) {
    if (!(outcome in to)) problems.push(`It does not say where outcome "${outcome}" of ${of} leads.`);
  }
  for (const outcome of Object.keys(to)) {
    if (!outcomes.includes(outcome)) problems.push(`It maps outcome "${outcome}", which ${of} does not have (it has ${outcomes.join(", ")}).`);
  }
  return problems;
}

/**
 * The definition's problems, each with the part it concerns: statuses named twice or never reached from the start,
 * actions allowed from or leading to no status, allowed twice from one status (same name, overlapping gates), or
 * leaving an outcome of their last activity without a status; activity types that are not registered.
 */
export function checkMachine(definition: StateMachineDefinition, types: ActivityType[]): MachineProblem[] {
  const problems: MachineProblem[] = [];
  const statuses = new Set(definition.states.map((s) => s.name));
  const onState = (name: string, message: string) => problems.push({ part: { kind: "state", name }, message });
  const onAction = (index: number, message: string) => problems.push({ part: { kind: "action", index }, message });
  const onStart = (message: string) => problems.push({ part: { kind: "start" }, message });

  const seen = new Set<string>();
  for (const state of definition.states) {
    if (!state.name.trim()) onState(state.name, "A status needs a name.");
    else if (seen.has(state.name)) onState(state.name, `Two statuses are called "${state.name}".`);
    seen.add(state.name);
  }

  for (const way of waysOf(definition.start.to)) {
    if (way.target === interruptedTarget) onStart("It has no status to go back to: a new request has been in none.");
    else if (!statuses.has(way.target)) onStart(`${way.outcome ? `Outcome "${way.outcome}" leads` : "It leads"} nowhere: "${way.target}" is not a status.`);
  }
  if (typeof definition.start.to === "object" && Object.values(definition.start.to).includes(null)) {
    onStart("It has no status to stay in: every outcome must lead to a status.");
  }
  runProblems(definition.start.run, definition.start.to, types).forEach(onStart);

  definition.actions.forEach((action, index) => {
    if (!action.name.trim()) onAction(index, "An action needs a name.");
    const allowed = allowedFrom(action);
    const from = allowed === everyStatus ? [] : allowed;
    if (allowed !== everyStatus && from.length === 0) onAction(index, "It is allowed from no status.");
    for (const status of from.filter((s) => !statuses.has(s))) onAction(index, `It is allowed from "${status}", which is not a status.`);
    for (const way of waysOf(action.to)) {
      const leads = way.outcome ? `Outcome "${way.outcome}" leads` : "It leads";
      if (way.target === interruptedTarget) {
        // From each status it is allowed in, some action with "remember" must have led there.
        for (const status of fromStatuses(definition, action).filter((s) => statuses.has(s))) {
          const interrupted = interruptedIn(definition, status);
          if (!interrupted.any && interrupted.statuses.length === 0) {
            onAction(index, `${leads} back to the status it interrupted, but no action with "remember" leads to "${status}".`);
          }
        }
      } else if (!statuses.has(way.target)) {
        onAction(index, `${leads} nowhere: "${way.target}" is not a status.`);
      }
    }
    runProblems(action.run, action.to, types).forEach((p) => onAction(index, p));

    // Allowed twice from one status: an earlier entry of the same name whose statuses and gate overlap this one's.
    definition.actions.slice(0, index).forEach((other, otherIndex) => {
      if (other.name !== action.name || gatesExclusive(gatesOf(other), gatesOf(action))) return;
      const both = fromStatuses(definition, action).filter((s) => fromStatuses(definition, other).includes(s));
      if (both.length === 0) return;
      const message = `"${action.name}" is allowed twice from ${both.map((s) => `"${s}"`).join(", ")}.`;
      onAction(index, message);
      onAction(otherIndex, message);
    });
  });

  for (const state of definition.states) {
    for (const timer of state.timers ?? []) {
      const taken = definition.actions.some((a) => a.name === timer.action && fromStatuses(definition, a).includes(state.name));
      if (!taken) onState(state.name, `Its timer takes "${timer.action}", which is not an action allowed from it.`);
    }
  }

  const reached = reachable(definition);
  for (const state of definition.states) {
    if (!state.final && !reached.has(state.name)) onState(state.name, "It cannot be reached from the start.");
  }
  return problems;
}

/** The statuses some way from the start reaches: the start's targets, then every action's, `$interrupted` included. */
function reachable(definition: StateMachineDefinition): Set<string> {
  const reached = new Set<string>();
  const queue = waysOf(definition.start.to).map((w) => w.target);
  while (queue.length > 0) {
    const status = queue.pop()!;
    if (reached.has(status)) continue;
    reached.add(status);
    for (const action of definition.actions) {
      if (!fromStatuses(definition, action).includes(status)) continue;
      for (const way of waysOf(action.to)) {
        if (way.target === interruptedTarget) queue.push(...interruptedIn(definition, status).statuses);
        else queue.push(way.target);
      }
    }
  }
  return reached;
}
