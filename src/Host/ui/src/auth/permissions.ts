// What the signed-in account's roles allow, so the UI offers only pages and buttons it may use. The API still decides
// every call; this only spares staff buttons that would answer 403. Roles and scopes as the host names them (README:
// Staff accounts and sign-in).
import type { Account } from "../api/types";

export const roles = {
  workOrderOperator: "Work Order Operator",
  fulfillmentServicesOperator: "Fulfillment Services Operator",
  fulfillmentServicesManager: "Fulfillment Services Manager",
  circulationDeskOperator: "Circulation Desk Operator",
  generalSystemAdministrator: "General System Administrator",
  letterAdministrator: "Letter Administrator",
} as const;

export type RoleName = (typeof roles)[keyof typeof roles];

/** What a role's scope lists; null for an institution-wide role, which takes none. */
export type ScopeKind = "departments" | "libraries" | "desks" | null;

export const roleScopes: Record<RoleName, ScopeKind> = {
  [roles.workOrderOperator]: "departments",
  [roles.fulfillmentServicesOperator]: "libraries",
  [roles.fulfillmentServicesManager]: null,
  [roles.circulationDeskOperator]: "desks",
  [roles.generalSystemAdministrator]: null,
  [roles.letterAdministrator]: null,
};

const grantsOf = (account: Account, role: RoleName) => account.roles.filter((g) => g.role === role);

const holds = (account: Account, role: RoleName) => grantsOf(account, role).length > 0;

/** Whether a grant of the role covers the place; an empty scope is the whole institution, as the host reads it. */
function covers(account: Account, role: RoleName, place: string): boolean {
  const wanted = place.toLowerCase();
  return grantsOf(account, role).some((g) => !g.scope?.length || g.scope.some((s) => s.toLowerCase() === wanted));
}

const scansAtPlaces = (account: Account) => holds(account, roles.workOrderOperator) || holds(account, roles.circulationDeskOperator);

const resourceSharing = (account: Account) =>
  holds(account, roles.fulfillmentServicesOperator) || holds(account, roles.fulfillmentServicesManager);

export const can = {
  /** Any staff role: the lists and a request's page. */
  readRequests: (account: Account) => account.roles.length > 0,
  /** Accounts, scan stations, profile rules, workflow definitions; the outbox, and retrying or dismissing a failed letter. */
  administer: (account: Account) => holds(account, roles.generalSystemAdministrator),
  /** The partners and the item catalogue lending works with: resource-sharing staff and administrators read them. */
  readResourceSharing: (account: Account) =>
    holds(account, roles.fulfillmentServicesOperator) || holds(account, roles.fulfillmentServicesManager) || holds(account, roles.generalSystemAdministrator),
  /** The approval requests: copyright clearance, approve or reject, expiry. */
  approve: (account: Account) => holds(account, roles.fulfillmentServicesManager),
  /** A digitization request's row actions (Next Step, Attach, Add digital inventory, Done, Cancel) at its department. */
  workOnRequestAt: (account: Account, department: string) => covers(account, roles.workOrderOperator, department),
  /** Scan In Items: at a department or desk, or, for resource-sharing staff, lending items (check in or ship). */
  scanIn: (account: Account) => scansAtPlaces(account) || resourceSharing(account),
  /** Scanning items in at a department or desk, for digitization requests and moves. */
  scanAtPlaces: (account: Account) => scansAtPlaces(account),
  /** Create request: digitization requests for patrons, placed by fulfillment staff. */
  createRequests: (account: Account) => resourceSharing(account),
  /** The lending task list and the move requests: resource-sharing (fulfillment) staff. */
  workOnLending: (account: Account) => resourceSharing(account),
  /** A lending request's or a move's actions, at the item's library; the manager's role is institution-wide. */
  workOnLendingAt: (account: Account, library: string) =>
    covers(account, roles.fulfillmentServicesOperator, library) || covers(account, roles.fulfillmentServicesManager, library),
  /** Reactivating a finished lending request is a manager's decision. */
  reactivateLending: (account: Account) => holds(account, roles.fulfillmentServicesManager),
  /** The letters: their wording in each language, previews, enabling and disabling (Alma: Configuring Digitization). */
  editLetters: (account: Account) => holds(account, roles.letterAdministrator) || holds(account, roles.generalSystemAdministrator),
  /** Scanning in at a department or desk code. */
  scanInAt: (account: Account, place: string) =>
    covers(account, roles.workOrderOperator, place) || covers(account, roles.circulationDeskOperator, place),
};

/** The desks the account scans in at as a Circulation Desk Operator, for the places a scan may name besides departments. */
export const desksOf = (account: Account) => grantsOf(account, roles.circulationDeskOperator).flatMap((g) => g.scope ?? []);
