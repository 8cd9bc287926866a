import type { MoveRequestSummary } from "../../api/types";
import { i18n } from "../../i18n/i18n";

/** Where a move takes the item: a desk, or a library and location. */
export function destinationOf(to: MoveRequestSummary["to"]): string {
  return to.desk ? i18n.t("desk", { ns: "moves", desk: to.desk }) : `${to.library ?? ""} / ${to.location ?? ""}`;
}
