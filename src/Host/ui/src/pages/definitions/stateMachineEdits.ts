// The state-machine editor's changes, as pure functions: each returns a new definition and leaves the old one for
// React to compare. Renaming a status renames it wherever the definition names it.
import type { ActionTarget, MachineAction, MachineState, StateMachineDefinition } from "../../api/types";
import { allowedFrom, everyStatus } from "../../components/stateMachine";

export function addState(definition: StateMachineDefinition, state: MachineState): StateMachineDefinition {
  return { ...definition, states: [...definition.states, state] };
}

export function updateState(definition: StateMachineDefinition, name: string, change: Partial<MachineState>): StateMachineDefinition {
  return { ...definition, states: definition.states.map((s) => (s.name === name ? withoutUndefined({ ...s, ...change }) : s)) };
}

/** Renames the status in the list, in every action's `from` and `to`, in the start's `to`. */
export function renameState(definition: StateMachineDefinition, from: string, to: string): StateMachineDefinition {
  const rename = (name: string) => (name === from ? to : name);
  return {
    ...definition,
    start: { ...definition.start, to: retarget(definition.start.to, rename) },
    states: definition.states.map((s) => (s.name === from ? { ...s, name: to } : s)),
    actions: definition.actions.map((a) => ({
      ...a,
      from: a.from === everyStatus ? a.from : (allowedFrom(a) as string[]).map(rename),
      ...(a.to === undefined || a.to === null ? {} : { to: retarget(a.to, rename) }),
    })),
  };
}

/**
 * Removes the status and takes it out of every action's `from` (an action allowed from nowhere else goes too). A
 * target naming it stays, for the checks to report as leading nowhere until it is pointed elsewhere.
 */
export function removeState(definition: StateMachineDefinition, name: string): StateMachineDefinition {
  return {
    ...definition,
    states: definition.states.filter((s) => s.name !== name),
    actions: definition.actions
      .map((a) => (a.from === everyStatus ? a : { ...a, from: (allowedFrom(a) as string[]).filter((s) => s !== name) }))
      .filter((a) => a.from.length > 0),
  };
}

export function addAction(definition: StateMachineDefinition, action: MachineAction): StateMachineDefinition {
  return { ...definition, actions: [...definition.actions, action] };
}

/**
 * Changes the action at `index`; a field set to undefined is left out of the file. A new name is followed by the
 * statuses' timers that take the action, unless another entry keeps the old name (then they still name that one).
 */
export function updateAction(definition: StateMachineDefinition, index: number, change: Partial<MachineAction>): StateMachineDefinition {
  const old = definition.actions[index]!.name;
  const actions = definition.actions.map((a, i) => (i === index ? withoutUndefined({ ...a, ...change }) : a));
  const renamed = change.name !== undefined && change.name !== old && !actions.some((a) => a.name === old);
  if (!renamed) return { ...definition, actions };
  return {
    ...definition,
    actions,
    states: definition.states.map((s) =>
      s.timers?.some((t) => t.action === old) ? { ...s, timers: s.timers.map((t) => (t.action === old ? { ...t, action: change.name! } : t)) } : s),
  };
}

export function removeAction(definition: StateMachineDefinition, index: number): StateMachineDefinition {
  return { ...definition, actions: definition.actions.filter((_, i) => i !== index) };
}

/** A name no action has yet: "new-action", then "new-action-2", … */
export function freeActionName(definition: StateMachineDefinition, base = "new-action"): string {
  const taken = new Set(definition.actions.map((a) => a.name));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

function retarget(to: ActionTarget, rename: (name: string) => string): ActionTarget {
  if (typeof to === "string") return rename(to);
  return Object.fromEntries(Object.entries(to).map(([outcome, target]) => [outcome, target === null ? null : rename(target)]));
}

/** Drops keys whose value is undefined, so an emptied field leaves no `"label": null` behind in the file. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
