// The API's JSON shapes (System.Text.Json, camelCase). Enums on digitization request and approval views are
// camelCase strings (e.g. "documentDeliveryLink", "blocks"); digitization request statuses and profile-rule fields
// use their display names.

export type RuleField = "userGroup" | "library" | "location" | "materialType" | "scope" | "requesterType";
export type RuleOperator = "equals" | "notEquals" | "in" | "notIn";
export type Target = "DocumentDeliveryAttachment" | "DocumentDeliveryLink" | "DigitalInventory";
export type ApprovalManagement = "Parallel" | "Blocks" | "AutomaticallyApproved";

export interface RuleCondition {
  field: string;
  operator: string;
  values: string[];
}

export interface RuleOutputs {
  target: string;
  maxAccessCount: number | null;
  approval: boolean;
  copyrightClearance: boolean;
  approvalManagement: string | null;
  approvalReason: string | null;
}

export interface ProfileRuleBody {
  name: string;
  description: string;
  enabled?: boolean;
  order?: number;
  conditions: RuleCondition[];
  outputs: RuleOutputs;
}

export interface ProfileRule extends ProfileRuleBody {
  id: number;
  enabled: boolean;
  order: number;
  isDefault: boolean;
}

export interface TrySample {
  userGroup: string;
  library: string;
  location: string;
  materialType: string;
  scope: "full" | "partial";
  requesterType: "patron" | "staff";
}

export interface TryResult {
  rule: RuleOutputs & { id: number; name: string; isDefault: boolean };
  evaluated: { id: number; name: string; enabled: boolean; matched: boolean; failedConditions: string[] }[];
  path: string[];
}

export interface DefinitionSummary {
  id: string;
  version: number;
  name: string;
  published: boolean;
  source: string;
  createdAt: string;
}

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

export interface ActivityType {
  type: string;
  description: string | null;
  inputs: { name: string; valueType: string; required: boolean; description: string | null }[];
  outcomes: string[];
}

export interface ApprovalReasons {
  approve: string[];
  reject: string[];
}

export interface Attachment {
  id: string;
  purpose: string;
  fileName: string;
  contentType: string;
  size: number;
  url: string | null;
  note: string | null;
  addedAt: string;
  addedBy: string;
}

export interface Approval {
  id: string;
  requestId: string;
  status: string;
  management: string;
  requiresCopyrightClearance: boolean;
  ruleId: number;
  ruleName: string;
  copyright: { ccNumber: string | null; ccOrderDate: string | null; ccApprovalDate: string | null; note: string | null };
  missingCopyrightFields: string[];
  reason: string | null;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
  expiresAt: string | null;
  title: string;
  barcode: string;
  requesterId: string;
  requestStatus: string;
  clearanceAttachments: Attachment[];
}

/** The row actions the API says are valid for a digitization request now. */
export type DigitizationRequestAction = "next-step" | "attach" | "add-representation" | "done" | "cancel";

export interface DigitizationRequestSummary {
  id: string;
  status: string;
  barcode: string;
  title: string;
  partTitle: string | null;
  scope: string;
  department: string;
  target: string;
  requesterId: string;
  createdAt: string;
  updatedAt: string;
  actions?: DigitizationRequestAction[];
}

export interface HistoryEntry {
  sequence: number;
  at: string;
  actor: string;
  activity: string;
  type: string;
  outcome: string | null;
  note: string | null;
}

export interface DigitizationRequestView {
  id: string;
  status: string;
  requester: { id: string; email: string; userGroup: string; type: string };
  item: { barcode: string; title: string; library: string; location: string; materialType: string };
  scope: string;
  part: { title: string | null; author: string | null; pages: string | null } | null;
  department: string;
  note: string | null;
  lendingRequestId: string | null;
  cancellation: { reason: string; note: string | null } | null;
  rule: { id: number; name: string; target: string; approval: boolean; copyrightClearance: boolean; approvalManagement: string | null };
  approval: { id: string; status: string; management: string; reason: string | null; decidedBy: string | null; decidedAt: string | null } | null;
  createdAt: string;
  updatedAt: string;
  expiresAt: string | null;
  workflow: {
    instanceId: string;
    definition: string;
    version: number;
    status: string;
    result: string | null;
    waitingFor: string[];
    waitingAt?: string[];
    fault: string | null;
  } | null;
  attachments: Attachment[];
  representations: { id: string; usageType: string; active: boolean; files: number }[];
  history: HistoryEntry[];
  actions?: DigitizationRequestAction[];
}

export interface Department {
  code: string;
  name: string;
  description: string;
  workTimeDays: number | null;
  servedLibraries: string[];
  servesWholeInstitution: boolean;
}

/** What a scan answers: the digitization request it moved on, or a move request that arrived (which has no item title). */
export interface ScanAnswer {
  id: string;
  status: string;
  item?: { title: string };
  barcode?: string;
}
