// The editor's changes to a definition, as pure functions: each returns a new definition and leaves the old one
// for React to compare.
import type { Activity, Definition, JsonValue } from "../../api/types";
import { doneOutcome, outcomeOf } from "../../components/outcomes";

export function addActivity(definition: Definition, activity: Activity): Definition {
  return { ...definition, activities: [...definition.activities, activity] };
}

/** Removes the activity and every connection to or from it, so no edge points at nothing. */
export function removeActivity(definition: Definition, activityId: string): Definition {
  return {
    ...definition,
    activities: definition.activities.filter((a) => a.id !== activityId),
    connections: definition.connections.filter((c) => c.source !== activityId && c.target !== activityId),
  };
}

/** Sets an input, or removes it when `value` is undefined (an emptied textbox). */
export function setInput(definition: Definition, activityId: string, name: string, value: JsonValue | undefined): Definition {
  return {
    ...definition,
    activities: definition.activities.map((a) => {
      if (a.id !== activityId) return a;
      const inputs = { ...(a.inputs ?? {}) };
      if (value === undefined) delete inputs[name];
      else inputs[name] = value;
      return { ...a, inputs };
    }),
  };
}


/** The targets an activity's outcome leads to, in the definition's order (a Fork's Done may lead to several). */
export function targetsOf(definition: Definition, source: string, outcome: string): string[] {
  return definition.connections.filter((c) => c.source === source && outcomeOf(c) === outcome).map((c) => c.target);
}

/**
 * Points the `index`-th connection of an outcome at `target`, adds it when there is none yet, or removes it when
 * `target` is null. Done is stored without an outcome, as the definition files write it.
 */
export function setTarget(definition: Definition, source: string, outcome: string, index: number, target: string | null): Definition {
  let seen = -1;
  const connections = definition.connections.flatMap((c) => {
    if (c.source !== source || outcomeOf(c) !== outcome) return [c];
    seen += 1;
    if (seen !== index) return [c];
    return target === null ? [] : [{ ...c, target }];
  });
  if (seen < index && target !== null) {
    connections.push(outcome === doneOutcome ? { source, target } : { source, outcome, target });
  }
  return { ...definition, connections };
}

/** Adds a connection from an outcome to `target`, beside any it has (a drag on the chart); an existing one is kept. */
export function connect(definition: Definition, source: string, outcome: string, target: string): Definition {
  const targets = targetsOf(definition, source, outcome);
  return targets.includes(target) ? definition : setTarget(definition, source, outcome, targets.length, target);
}

/** A free id for a new activity of `type` among `takenIds`: "set-variable", then "set-variable-2", … */
export function freeId(takenIds: readonly string[], type: string): string {
  const base = type.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
  const taken = new Set(takenIds);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
