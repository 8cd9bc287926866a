import type { MoveRequestSummary } from "../../api/types";

/** Where a move takes the item: a desk, or a library and location. */
export function destinationOf(to: MoveRequestSummary["to"]): string {
  return to.desk ? `Desk ${to.desk}` : `${to.library ?? ""} / ${to.location ?? ""}`;
}
