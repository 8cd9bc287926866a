// The API's JSON shapes under the names the pages use. They come from the contract the host publishes
// (src/Host/openapi.json), which `npm run api-types` turns into schema.d.ts at build time, so a change to the API's
// C# types reaches the pages' type check. Written by hand below only what the document cannot say.
import type { components, paths } from "./schema";

type Schemas = components["schemas"];

export type Account = Schemas["AccountView"];
export type AccountBody = Schemas["AccountBody"];
export type AccountKind = Schemas["AccountKind"];
export type RoleGrant = Schemas["RoleGrantBody"];
export type LoginBody = Schemas["LoginBody"];
export type PasswordChangeBody = Schemas["PasswordChangeBody"];
export type LanguageBody = Schemas["LanguageBody"];
export type PasswordResetBody = Schemas["PasswordResetBody"];
export type CsrfToken = Schemas["CsrfToken"];

export type ScanStation = Schemas["ScanStationView"];
export type ScanStationBody = Schemas["ScanStationBody"];
export type ScanStationKey = Schemas["ScanStationKey"];

export type ProfileRule = Schemas["ProfileRuleView"];
export type ProfileRuleBody = Schemas["ProfileRuleBody"];
export type TrySample = Schemas["RuleTryBody"];
export type TryResult = Schemas["RuleTryResult"];

export type DefinitionSummary = Schemas["DefinitionSummary"];
export type DefinitionValidity = Schemas["DefinitionValidity"];
export type ActivityType = Schemas["ActivityTypeView"];

export type Approval = Schemas["ApprovalView"];
export type ApprovalStatus = Schemas["ApprovalStatus"];
export type ApprovalReasons = Schemas["ApprovalReasonLists"];
export type ApprovalDecisionBody = Schemas["ApprovalDecisionBody"];
export type CopyrightBody = Schemas["CopyrightBody"];
export type ExpiryBody = Schemas["ExpiryBody"];

export type DigitizationRequestSummary = Schemas["DigitizationRequestSummary"];
export type DigitizationRequestView = Schemas["DigitizationRequestView"];
export type DigitizationStatus = Schemas["DigitizationStatus"];
export type CancellationBody = Schemas["CancellationBody"];
export type MarkMissingBody = Schemas["MarkMissingBody"];
export type Attachment = Schemas["AttachmentView"];
export type HistoryEntry = Schemas["HistoryView"];
export type Department = Schemas["DepartmentView"];
export type DepartmentBody = Schemas["DepartmentBody"];
export type PatronLimit = Schemas["PatronLimitView"];
export type PatronLimitBody = Schemas["PatronLimitBody"];
export type DocumentDeliveryRule = Schemas["DocumentDeliveryRuleView"];
export type DocumentDeliveryRuleBody = Schemas["DocumentDeliveryRuleBody"];
export type Fault = Schemas["FaultView"];
export type WorkflowInstance = Schemas["WorkflowInstanceView"];
export type WorkflowInstanceSummary = Schemas["WorkflowInstanceSummaryView"];
export type WorkflowInstancePage = Schemas["WorkflowInstancePageView"];
export type WorkflowStatus = Schemas["WorkflowStatus"];
export type WorkflowView = Schemas["WorkflowView"];
export type ScanRequest = Schemas["ScanRequest"];

export type LendingRequestSummary = Schemas["LendingRequestSummary"];
export type LendingRequestPage = Schemas["LendingRequestPage"];
export type LendingRequestView = Schemas["LendingRequestView"];
export type IsoMessage = Schemas["IsoMessageView"];
export type LendingStatus = Schemas["LendingStatus"];
export type LendingScanBody = Schemas["LendingScanBody"];
export type RequestedFormat = Schemas["RequestedFormat"];

export type MoveRequestSummary = Schemas["MoveRequestSummary"];
export type MoveRequestPage = Schemas["MoveRequestPage"];
export type MoveRequestView = Schemas["MoveRequestView"];
export type MoveStatus = Schemas["MoveStatus"];
export type CreateMoveRequest = Schemas["CreateMoveRequest"];

export type Partner = Schemas["PartnerView"];
export type PartnerBody = Schemas["PartnerBody"];
export type WorkflowProfile = Schemas["LendingWorkflowProfileView"];
export type WorkflowProfileBody = Schemas["LendingWorkflowProfileBody"];
export type LendingReasonLists = Schemas["LendingReasonListsView"];
export type LetterSummary = Schemas["LetterSummary"];
export type LetterTemplate = Schemas["LetterTemplateView"];
export type LetterTemplateBody = Schemas["LetterTemplateBody"];
export type LetterPreview = Schemas["LetterPreviewView"];
export type LetterPreviewBody = Schemas["LetterPreviewBody"];
export type LendingReasons = Schemas["LendingReasonsBody"];
/** The reason lists as their paths name them. */
export type LendingReasonList = "rejection" | "internal-rejection" | "cancellation";
export type CatalogueItem = Schemas["CatalogueItemView"];
export type CatalogueItemBody = Schemas["CatalogueItemBody"];
export type CatalogueItemPage = Schemas["CatalogueItemPageView"];
export type ItemFoundBody = Schemas["ItemFoundBody"];
export type ItemHistoryEntry = Schemas["ItemHistoryView"];
export type CatalogueImport = Schemas["CatalogueImportView"];

export type OutboxLetter = Schemas["OutboxLetterView"];
export type OutboxState = Schemas["OutboxState"];

/** The facets and Find box of the in-process list; the API's other query parameters (barcode, limit) the page does not set. */
export type DigitizationRequestFilter = Pick<
  NonNullable<paths["/api/requests"]["get"]["parameters"]["query"]>,
  "status" | "department" | "scope" | "target" | "q"
>;

/** The lending task list's facets, search and page, as the query of GET /api/lending-requests names them. */
export type LendingRequestFilter = NonNullable<paths["/api/lending-requests"]["get"]["parameters"]["query"]>;

/** The workflow instances list's facets and page. */
export type WorkflowInstanceFilter = Pick<NonNullable<paths["/api/workflow-instances"]["get"]["parameters"]["query"]>, "status" | "definition" | "page">;

/** The move requests list's facets and page. */
export type MoveRequestFilter = Pick<NonNullable<paths["/api/move-requests"]["get"]["parameters"]["query"]>, "status" | "barcode" | "toLibrary" | "page">;

/**
 * The lending actions these screens know, each with a form and an endpoint named after it (the request lists the actions
 * open to it by name, as its definition version may add others, which are taken by name with notes).
 */
export type LendingAction =
  | "will-supply" | "ship-physically" | "ship-non-returnable" | "ship-digitally" | "received-by-partner" | "renew"
  | "returned-by-partner" | "check-in" | "reject" | "conditional" | "conditional-reply" | "lost" | "reactivate" | "assign"
  | "release" | "notes" | "partner-email" | "move-request" | "digitization-request" | "renew-requested" | "recall" | "damaged"
  | "cancel-requested" | "cancel-reply";

/**
 * A lending request a scanned barcode belongs to, as a scan-in's 400 lists them under `lendingRequests` when it must
 * be told which one (the document types problems alike, so this part is written here).
 */
export interface LendingScanCandidate {
  id: string;
  status: LendingStatus;
  partnerCode: string;
  externalId: string;
  title: string;
  action: Extract<LendingAction, "check-in" | "ship-physically">;
}

/**
 * The row actions the API says are valid for a digitization request now. The document types `actions` as strings;
 * these are the names the row has a button for.
 */
export type DigitizationRequestAction =
  "next-step" | "attach" | "add-representation" | "done" | "change-to-electronic" | "change-to-physical" | "mark-missing" | "cancel";

/** What a scan answers: the digitization request it moved on, or the move request that arrived. */
export type ScanAnswer =
  paths["/api/scan-stations/{stationId}/scans"]["post"]["responses"][200]["content"]["application/json"];

// A definition as its file holds it. The API reads and answers it as raw JSON content, so the document has no schema
// for it; these are the parts the editor and the chart work with.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Activity {
  id: string;
  type: string;
  inputs?: Record<string, JsonValue>;
  /** In a state machine's run, after the deciding activity: the one outcome of it this activity runs on; absent, any. */
  on?: string;
}

export interface Connection {
  source: string;
  /** Left out for the Done outcome. */
  outcome?: string;
  target: string;
}

/** A flowchart: activities joined by connections from their outcomes. Files written before kinds existed have no kind. */
export interface Definition {
  id: string;
  version: number;
  kind?: "flowchart";
  name: string;
  variables?: Record<string, JsonValue>;
  activities: Activity[];
  connections: Connection[];
}

// A state machine (issue 16's format, notes in README "Designer UI"): statuses, and the actions allowed from them.

/**
 * Where an action (or the start) leads: a status, "$interrupted" (the status remembered by the action that had
 * `remember: true`), or, by the outcome of its deciding activity (the last one run with an outcome other than Done),
 * one of those or null to stay.
 */
export type ActionTarget = string | Record<string, string | null>;

export interface MachineState {
  name: string;
  group?: string;
  final?: boolean;
  /** A durable timer at the instant held in variable `at`; when it fires, `action` is taken. */
  timers?: { at: string; action: string }[];
  /** Where the designer drew it; the runtime ignores it. */
  position?: { x: number; y: number };
}

/**
 * A gate on an action: one source naming one flag (`{ "profile": "willSupplyStep" }`, `{ "setting": … }`), which must
 * be on, or off with `"equals": false`. What the sources and flags are is the library layer's business.
 */
export interface ActionGate {
  equals?: boolean;
  [source: string]: string | boolean | undefined;
}

export interface MachineAction {
  name: string;
  label?: string;
  /** The statuses it is allowed from: a list, one name, or "*" for every one. */
  from: string[] | string;
  /** Absent: the status stays (bookkeeping such as assign or notes). */
  to?: ActionTarget;
  /** A gate, or a list of gates that must all hold. */
  when?: ActionGate | ActionGate[];
  run?: Activity[];
  /** The status this action leaves is remembered, for a later `$interrupted`. */
  remember?: boolean;
}

export interface StateMachineDefinition {
  id: string;
  version: number;
  kind: "stateMachine";
  name: string;
  variables?: Record<string, JsonValue>;
  start: { run?: Activity[]; to: ActionTarget };
  states: MachineState[];
  actions: MachineAction[];
}

/** A definition of either kind, as the API answers it. */
export type WorkflowDefinition = Definition | StateMachineDefinition;
