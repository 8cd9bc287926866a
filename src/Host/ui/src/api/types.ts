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
export type ApprovalReasons = Schemas["ApprovalReasonLists"];
export type ApprovalDecisionBody = Schemas["ApprovalDecisionBody"];
export type CopyrightBody = Schemas["CopyrightBody"];
export type ExpiryBody = Schemas["ExpiryBody"];

export type DigitizationRequestSummary = Schemas["DigitizationRequestSummary"];
export type DigitizationRequestView = Schemas["DigitizationRequestView"];
export type DigitizationStatus = Schemas["DigitizationStatus"];
export type CancellationBody = Schemas["CancellationBody"];
export type Attachment = Schemas["AttachmentView"];
export type HistoryEntry = Schemas["HistoryView"];
export type Department = Schemas["DepartmentView"];
export type ScanRequest = Schemas["ScanRequest"];

/** The facets of the in-process list; the API's other query parameters (barcode, limit) the page does not set. */
export type DigitizationRequestFilter = Pick<
  NonNullable<paths["/api/requests"]["get"]["parameters"]["query"]>,
  "status" | "department" | "scope" | "target"
>;

/**
 * The row actions the API says are valid for a digitization request now. The document types `actions` as strings;
 * these are the names the row has a button for.
 */
export type DigitizationRequestAction = "next-step" | "attach" | "add-representation" | "done" | "cancel";

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
}

export interface Connection {
  source: string;
  /** Left out for the Done outcome. */
  outcome?: string;
  target: string;
}

export interface Definition {
  id: string;
  version: number;
  name: string;
  variables?: Record<string, JsonValue>;
  activities: Activity[];
  connections: Connection[];
}
