// The endpoints the pages use, typed. Paths and bodies follow the REST API as the host serves it.
import { call, del, get, post, put, query, send } from "./client";
import type {
  Account, AccountBody, LanguageBody, LoginBody, PasswordChangeBody, PasswordResetBody, ScanStation, ScanStationBody, ScanStationKey,
  ActivityType, Approval, ApprovalDecisionBody, ApprovalReasons, CancellationBody, CopyrightBody,
  CreateMoveRequest, DefinitionSummary, DefinitionValidity, Department, DigitizationRequestFilter, DigitizationRequestSummary,
  DigitizationRequestView, ExpiryBody, LendingAction, LendingRequestFilter, LendingRequestPage, LendingRequestView, LendingScanBody,
  MoveRequestFilter, MoveRequestPage, MoveRequestView, OutboxLetter, OutboxState, ProfileRule, ProfileRuleBody, ScanAnswer, ScanRequest, TryResult,
  TrySample, JsonValue, WorkflowDefinition, WorkflowInstance, WorkflowInstanceFilter, WorkflowInstancePage,
  Partner, PartnerBody, WorkflowProfile, WorkflowProfileBody, LendingReasonLists, LendingReasons,
  LendingReasonList, CatalogueItem, CatalogueItemBody, CatalogueItemPage, CatalogueImport,
  DepartmentBody, PatronLimit, PatronLimitBody, DocumentDeliveryRule, DocumentDeliveryRuleBody, MarkMissingBody, ItemFoundBody, ItemHistoryEntry,
  LetterSummary, LetterTemplate, LetterTemplateBody, LetterPreview, LetterPreviewBody,
} from "./types";
import type { Language } from "../i18n/languages";

const id = encodeURIComponent;

export const auth = {
  /** Signs in with the session cookie (HttpOnly, SameSite=Strict) rather than a bearer token. */
  login: (userName: string, password: string) =>
    post<void>("/api/auth/login?useCookies=true", { userName, password } satisfies LoginBody),
  logout: () => post<void>("/api/auth/logout"),
  me: () => get<Account>("/api/auth/me"),
  changePassword: (currentPassword: string, newPassword: string) =>
    post<Account>("/api/auth/password", { currentPassword, newPassword } satisfies PasswordChangeBody),
  /** The language one's own account reads the UI in. */
  changeLanguage: (language: Language) => put<Account>("/api/auth/language", { language } satisfies LanguageBody),
};

export const accounts = {
  list: () => get<Account[]>("/api/accounts"),
  get: (userName: string) => get<Account>(`/api/accounts/${id(userName)}`),
  create: (body: AccountBody) => post<Account>("/api/accounts", body),
  update: (userName: string, body: AccountBody) => put<Account>(`/api/accounts/${id(userName)}`, body),
  /** A password its owner must change at the next sign-in. */
  setPassword: (userName: string, password: string) =>
    post<Account>(`/api/accounts/${id(userName)}/password`, { password } satisfies PasswordResetBody),
};

export const profileRules = {
  list: () => get<ProfileRule[]>("/api/profile-rules"),
  get: (ruleId: number) => get<ProfileRule>(`/api/profile-rules/${ruleId}`),
  create: (body: ProfileRuleBody) => post<ProfileRule>("/api/profile-rules", body),
  update: (ruleId: number, body: ProfileRuleBody) => put<ProfileRule>(`/api/profile-rules/${ruleId}`, body),
  remove: (ruleId: number) => del(`/api/profile-rules/${ruleId}`),
  tryRequest: (sample: TrySample) => post<TryResult>("/api/profile-rules/try", sample),
};

/** The strings of a filter, for the query string: numbers (the page) as text. */
const queryOf = (filter: Record<string, string | number | undefined | null>) =>
  query(Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v == null ? undefined : String(v)])));

/** A stored version's summary, and whether the call added it (201) or answered the newest, which had the same content (200). */
const storedVersion = async (response: Response) =>
  ({ summary: (await response.json()) as DefinitionSummary, created: response.status === 201 });

export const definitions = {
  list: () => get<DefinitionSummary[]>("/api/workflow-definitions"),
  /** A version of either kind; `isStateMachine` tells which. */
  get: (definitionId: string, version: number) => get<WorkflowDefinition>(`/api/workflow-definitions/${id(definitionId)}/${version}`),
  activityTypes: () => get<ActivityType[]>("/api/activity-types"),
  validate: (definition: WorkflowDefinition) => post<DefinitionValidity>("/api/workflow-definitions/validate", definition),
  /** Stores a draft; `created` is false when the content equals the newest version, which is answered instead. */
  publish: async (definition: WorkflowDefinition) => storedVersion(await send("POST", "/api/workflow-definitions", definition)),
  /**
   * Translates an Elsa 3 definition as Elsa Studio exports it and stores it as a new version of its `definitionId`, or of
   * `definitionId` given here; active unless the document says it is unpublished.
   */
  importElsa: async (elsa: JsonValue, definitionId?: string) =>
    storedVersion(await send("POST", `/api/workflow-definitions/import${query({ id: definitionId })}`, elsa)),
  /** Starts an instance of the active version, the input's fields over its variables; answers it once it finished or waits. */
  run: (definitionId: string, input?: Record<string, JsonValue>) =>
    post<WorkflowInstance>(`/api/workflow-definitions/${id(definitionId)}/run`, input),
  /** Makes the version the one new requests start on; activating the previous version is the rollback. */
  activate: (definitionId: string, version: number) =>
    post<DefinitionSummary>(`/api/workflow-definitions/${id(definitionId)}/${version}/activate`),
  /** The file as `workflow-definitions/` holds it, as a Blob to download. */
  exportFile: async (definitionId: string, version: number) =>
    (await send("GET", `/api/workflow-definitions/${id(definitionId)}/${version}/export`)).blob(),
};

export const workflowInstances = {
  /** The most recently changed first, a page at a time. */
  list: (filter: WorkflowInstanceFilter) => get<WorkflowInstancePage>(`/api/workflow-instances${queryOf(filter)}`),
  get: (instanceId: string) => get<WorkflowInstance>(`/api/workflow-instances/${instanceId}`),
  /** Ends a running, suspended or faulted instance: what it waits for no longer resumes it. */
  cancel: (instanceId: string) => post<WorkflowInstance>(`/api/workflow-instances/${instanceId}/cancel`),
  /** Runs the step that faulted the instance again (administrators), once its cause is fixed. */
  retry: (instanceId: string) => post<WorkflowInstance>(`/api/workflow-instances/${instanceId}/retry`),
};

export const approvals = {
  pending: () => get<Approval[]>("/api/approvals?status=pending"),
  get: (approvalId: string) => get<Approval>(`/api/approvals/${approvalId}`),
  reasons: () => get<ApprovalReasons>("/api/approvals/reasons"),
  updateExpiry: (approvalId: string, expiresAt: string) =>
    put<Approval>(`/api/approvals/${approvalId}/expiry`, { expiresAt } satisfies ExpiryBody),
  saveCopyright: (requestId: string, body: CopyrightBody) => put<Approval>(`/api/requests/${requestId}/copyright`, body),
  attachClearance: (requestId: string, file: File) => {
    const form = new FormData();
    form.append("file", file);
    return post<Approval>(`/api/requests/${requestId}/copyright/attachments`, form);
  },
  decide: (requestId: string, decision: "approve" | "reject", reason: string, note: string) =>
    post<DigitizationRequestView>(`/api/signals/approval/${requestId}`, { decision, reason, note: note || null } satisfies ApprovalDecisionBody),
};

export const digitizationRequests = {
  list: (filter: DigitizationRequestFilter) => get<DigitizationRequestSummary[]>(`/api/requests${query({ ...filter })}`),
  get: (requestId: string) => get<DigitizationRequestView>(`/api/requests/${requestId}`),
  letters: (requestId: string) => get<OutboxLetter[]>(`/api/requests/${requestId}/letters`),
  cancelReasons: () => get<string[]>("/api/requests/cancel-reasons"),
  /** The cancellation reasons replaced whole; an empty list lets staff cancel with a reason of their own. */
  replaceCancelReasons: (reasons: string[]) => put<string[]>("/api/requests/cancel-reasons", reasons),
  nextStep: (requestId: string) => post<DigitizationRequestView>(`/api/requests/${requestId}/next-step`),
  done: (requestId: string) => post<DigitizationRequestView>(`/api/requests/${requestId}/done`),
  cancel: (requestId: string, reason: string, note: string) =>
    post<DigitizationRequestView>(`/api/requests/${requestId}/cancel`, { reason, note: note || null } satisfies CancellationBody),
  attach: (requestId: string, file: File, note: string) => {
    const form = new FormData();
    form.append("file", file);
    if (note) form.append("note", note);
    return post<DigitizationRequestView>(`/api/requests/${requestId}/attachments`, form);
  },
  addRepresentation: (requestId: string, files: File[], usageType: string, library: string) => {
    const form = new FormData();
    for (const file of files) form.append("file", file);
    form.append("usageType", usageType);
    form.append("library", library);
    return post<DigitizationRequestView>(`/api/requests/${requestId}/representation`, form);
  },
};

export const lendingRequests = {
  list: (filter: LendingRequestFilter) => get<LendingRequestPage>(`/api/lending-requests${queryOf(filter)}`),
  get: (requestId: string) => get<LendingRequestView>(`/api/lending-requests/${requestId}`),
  letters: (requestId: string) => get<OutboxLetter[]>(`/api/lending-requests/${requestId}/letters`),
  /** Any action but ship-digitally, which sends a form: its endpoint is named after it, its body as that endpoint reads it. */
  act: (requestId: string, action: Exclude<LendingAction, "ship-digitally">, body?: object) =>
    post<LendingRequestView>(`/api/lending-requests/${requestId}/${action}`, body),
  /** An action a published version of lending added, which has no endpoint of its own: taken by its name, with notes. */
  takeAdded: (requestId: string, action: string, body?: object) =>
    post<LendingRequestView>(`/api/lending-requests/${requestId}/actions/${encodeURIComponent(action)}`, body),
  shipDigitally: (requestId: string, shipment: {
    file: File | null; url: string; termsOfUse: string; completeRequest: boolean; internalNote: string; partnerNote: string;
  }) => {
    const form = new FormData();
    if (shipment.file) form.append("file", shipment.file);
    if (shipment.url) form.append("url", shipment.url);
    if (shipment.termsOfUse) form.append("termsOfUse", shipment.termsOfUse);
    form.append("completeRequest", shipment.completeRequest ? "true" : "false");
    if (shipment.internalNote) form.append("internalNote", shipment.internalNote);
    if (shipment.partnerNote) form.append("partnerNote", shipment.partnerNote);
    return post<LendingRequestView>(`/api/lending-requests/${requestId}/ship-digitally`, form);
  },
  dismissAlert: (requestId: string, alertId: string) =>
    post<LendingRequestView>(`/api/lending-requests/${requestId}/alerts/${alertId}/dismiss`),
  /** Checks a lent item in, or ships the item a request waits to ship (Scan In Items). */
  scanIn: (body: LendingScanBody) => post<LendingRequestView>("/api/lending-requests/scan-in", body),
};

export const moveRequests = {
  list: (filter: MoveRequestFilter) => get<MoveRequestPage>(`/api/move-requests${queryOf(filter)}`),
  get: (moveId: string) => get<MoveRequestView>(`/api/move-requests/${moveId}`),
  create: (body: CreateMoveRequest) => post<MoveRequestView>("/api/move-requests", body),
  cancel: (moveId: string, reason: string, note: string) =>
    post<MoveRequestView>(`/api/move-requests/${moveId}/cancel`, { reason, note: note || null } satisfies CancellationBody),
};

export const outbox = {
  list: (status: OutboxState) => get<OutboxLetter[]>(`/api/outbox${query({ status })}`),
  /** A failed letter, pending again and tried at once. */
  retry: (letterId: string) => post<OutboxLetter>(`/api/outbox/${letterId}/retry`),
  /** A failed letter given up on, kept for the record. */
  dismiss: (letterId: string) => post<OutboxLetter>(`/api/outbox/${letterId}/dismiss`),
};

export const departments = {
  list: () => get<Department[]>("/api/departments"),
  /** Creates the department with that code, or replaces its details. */
  put: (code: string, body: DepartmentBody) => put<Department>(`/api/departments/${id(code)}`, body),
};

export const patronLimits = {
  list: () => get<PatronLimit[]>("/api/patron-limits"),
  /** Adds the group's row or changes its limit; null: no limit. */
  put: (userGroup: string, body: PatronLimitBody) => put<PatronLimit>(`/api/patron-limits/${id(userGroup)}`, body),
  remove: (userGroup: string) => del(`/api/patron-limits/${id(userGroup)}`),
};

export const deliveryRules = {
  list: () => get<DocumentDeliveryRule[]>("/api/document-delivery-rules"),
  create: (body: DocumentDeliveryRuleBody) => post<DocumentDeliveryRule>("/api/document-delivery-rules", body),
  update: (ruleId: number, body: DocumentDeliveryRuleBody) => put<DocumentDeliveryRule>(`/api/document-delivery-rules/${ruleId}`, body),
  remove: (ruleId: number) => del(`/api/document-delivery-rules/${ruleId}`),
};

export const scanStations = {
  list: () => get<ScanStation[]>("/api/scan-stations"),
  /** The answer holds the station's key, this once. */
  register: (body: ScanStationBody) => post<ScanStationKey>("/api/scan-stations", body),
  rotateKey: (stationId: string) => post<ScanStationKey>(`/api/scan-stations/${id(stationId)}/key`),
  revoke: (stationId: string) => del(`/api/scan-stations/${id(stationId)}`),
  scan: (stationId: string, barcode: string, department: string) =>
    post<ScanAnswer>(`/api/scan-stations/${id(stationId)}/scans`, { barcode, department } satisfies ScanRequest),
};

export const partners = {
  list: () => get<Partner[]>("/api/partners"),
  get: (code: string) => get<Partner>(`/api/partners/${id(code)}`),
  create: (body: PartnerBody) => post<Partner>("/api/partners", body),
  /** A body without `sharedSecret` keeps the one set; an empty one removes it. */
  update: (code: string, body: PartnerBody) => put<Partner>(`/api/partners/${id(code)}`, body),
  remove: (code: string) => del(`/api/partners/${id(code)}`),
};

export const workflowProfiles = {
  list: () => get<WorkflowProfile[]>("/api/lending-workflow-profiles"),
  create: (body: WorkflowProfileBody) => post<WorkflowProfile>("/api/lending-workflow-profiles", body),
  update: (code: string, body: WorkflowProfileBody) => put<WorkflowProfile>(`/api/lending-workflow-profiles/${id(code)}`, body),
  remove: (code: string) => del(`/api/lending-workflow-profiles/${id(code)}`),
};

export const lendingReasons = {
  all: () => get<LendingReasonLists>("/api/lending-reasons"),
  replace: (list: LendingReasonList, reasons: string[]) =>
    put<LendingReasons>(`/api/lending-reasons/${list}`, { reasons } satisfies LendingReasons),
};

export const letters = {
  list: () => get<LetterSummary[]>("/api/letters"),
  get: (code: string, language: Language) => get<LetterTemplate>(`/api/letters/${id(code)}/${language}`),
  /** `enabled` switches the letter in every language; left out, it stays as it is. */
  save: (code: string, language: Language, body: LetterTemplateBody) => put<LetterTemplate>(`/api/letters/${id(code)}/${language}`, body),
  /** Back to the wording the service ships. */
  restore: (code: string, language: Language) => call<LetterTemplate>("DELETE", `/api/letters/${id(code)}/${language}`),
  /** Renders the letter for a request without sending it; a subject or body given is tried instead of the saved one. */
  preview: (code: string, language: Language, body: LetterPreviewBody) => post<LetterPreview>(`/api/letters/${id(code)}/${language}/preview`, body),
};

export const catalogue = {
  search: (q: string, page: number, pageSize: number, missingOnly = false) =>
    get<CatalogueItemPage>(`/api/items${query({ q: q || undefined, missing: missingOnly ? "true" : undefined, page: String(page), pageSize: String(pageSize) })}`),
  /** The item with this barcode, or null when the catalogue has none: a search, so an unknown barcode is no error. */
  lookUp: async (barcode: string) =>
    (await get<CatalogueItemPage>(`/api/items${query({ barcode, pageSize: "1" })}`)).items[0] ?? null,
  history: (barcode: string) => get<ItemHistoryEntry[]>(`/api/items/${id(barcode)}/history`),
  found: (barcode: string, note: string) =>
    post<CatalogueItem>(`/api/items/${id(barcode)}/found`, { note: note || null } satisfies ItemFoundBody),
  put: (barcode: string, body: CatalogueItemBody) => put<CatalogueItem>(`/api/items/${id(barcode)}`, body),
  importFile: (file: File) => {
    const form = new FormData();
    form.append("file", file);
    return post<CatalogueImport>("/api/items/import", form);
  },
};

/** What a digitization request is digitized from, changed (Alma: Change to Electronic / Physical Digitization). */
export type InventoryChange = "change-to-electronic" | "change-to-physical";

export const digitizationInventory = {
  change: (requestId: string, change: InventoryChange) => post<DigitizationRequestView>(`/api/requests/${requestId}/${change}`),
};

/** What happens to a digitization request's item and files: Mark missing, deleting an attachment. */
export const digitizationItems = {
  markMissing: (requestId: string, note: string) =>
    post<DigitizationRequestView>(`/api/requests/${requestId}/mark-missing`, { note: note || null } satisfies MarkMissingBody),
  deleteAttachment: (requestId: string, attachmentId: string) =>
    call<DigitizationRequestView>("DELETE", `/api/requests/${requestId}/attachments/${attachmentId}`),
};
