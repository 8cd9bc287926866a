// Outcomes as a definition holds them, for the chart and the editor alike.
import type { Connection, Definition } from "../api/types";

/** The outcome a connection without one leaves from, as the definition files write it. */
export const doneOutcome = "Done";

export const outcomeOf = (connection: Connection): string => connection.outcome ?? doneOutcome;

/** `declared`, then any other outcome the activity's connections use (a file may name one its type does not declare). */
export function outcomesOf(definition: Definition, activityId: string, declared: readonly string[]): string[] {
  const used = definition.connections.filter((c) => c.source === activityId).map(outcomeOf);
  return [...new Set([...declared, ...used])];
}
