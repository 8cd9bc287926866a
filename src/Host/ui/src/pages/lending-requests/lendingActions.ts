// The lending actions as staff see them: their labels (after Alma's lending task list, Alma: Managing Resource Sharing
// Lending Requests), which of them a row shows at once and which under "More actions", and which the signed-in account
// is offered of those the request allows now. An action a published version of lending added is named by its definition.
import type { Account, LendingAction, LendingRequestSummary, LendingRequestView } from "../../api/types";
import { i18n } from "../../i18n/i18n";
import { can } from "../../auth/permissions";

/** The actions these screens know, each labelled by action.<name> in the lending-requests namespace. */
export const knownActions: readonly LendingAction[] = [
  "will-supply", "ship-physically", "ship-non-returnable", "ship-digitally", "received-by-partner", "renew", "returned-by-partner",
  "check-in", "reject", "conditional", "conditional-reply", "lost", "reactivate", "assign", "release", "notes", "partner-email",
  "move-request", "digitization-request", "renew-requested", "recall", "damaged", "cancel-requested", "cancel-reply",
];

/** The actions that move the request along, shown at once; the rest wait under "More actions". */
const primary: LendingAction[] = [
  "will-supply", "ship-physically", "ship-digitally", "ship-non-returnable", "received-by-partner", "renew", "returned-by-partner",
  "check-in", "reject", "conditional", "conditional-reply", "cancel-reply", "reactivate",
];

/** Taken with one click: the assignment needs no form. */
export const directActions: readonly string[] = ["assign", "release"];

/** Whether these screens know the action, with a form and an endpoint of its own. */
export const isKnown = (action: string): action is LendingAction => knownActions.includes(action as LendingAction);

/**
 * The label staff see for an action the request allows: its definition's, else these screens', else its name. A
 * definition's labels are written in English, so in another language an action these screens know takes their name.
 */
export function labelOf(request: LendingActionTarget, action: string): string {
  const label = request.allowedActions.find((a) => a.name === action)?.label;
  if (isKnown(action) && (!label || i18n.resolvedLanguage !== "en")) return i18n.t(`action.${action}`, { ns: "lending-requests" });
  return label ?? action;
}

/** What the buttons need to know of a request, from its row or its page. */
export type LendingActionTarget = Pick<LendingRequestSummary, "id" | "title" | "barcode" | "dueDate" | "assignee" | "library" | "allowedActions">;

export function targetOf(view: LendingRequestView): LendingActionTarget {
  return {
    id: view.id, title: view.item.title, barcode: view.item.barcode, dueDate: view.dueDate, assignee: view.assignee,
    library: view.item.library, allowedActions: view.allowedActions,
  };
}

/**
 * The actions the request allows now that this account may take: fulfilment staff at the item's library, a manager to
 * reactivate. "Assign to me" is left out while the request is the account's already or another's, whom only the
 * holder may replace (Alma: Managing task assignments).
 */
export function offered(request: LendingActionTarget, account: Account): { primary: string[]; more: string[] } {
  if (!can.workOnLendingAt(account, request.library)) return { primary: [], more: [] };
  const allowed = request.allowedActions.map((a) => a.name).filter((a) =>
    (a !== "reactivate" || can.reactivateLending(account)) && (a !== "assign" || request.assignee === null));
  // An added action changes the status, as the ones that move the request along do.
  const atOnce = (a: string) => !isKnown(a) || primary.includes(a) || directActions.includes(a);
  return { primary: allowed.filter(atOnce), more: allowed.filter((a) => !atOnce(a)) };
}
