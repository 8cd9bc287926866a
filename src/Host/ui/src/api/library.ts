// The endpoints the pages use, typed. Paths and bodies follow the REST API as the host serves it.
import { del, get, post, put, query, send } from "./client";
import type {
  Account, AccountBody, LoginBody, PasswordChangeBody, PasswordResetBody, ScanStation, ScanStationBody, ScanStationKey,
  ActivityType, Approval, ApprovalDecisionBody, ApprovalReasons, CancellationBody, CopyrightBody, Definition,
  DefinitionSummary, DefinitionValidity, Department, DigitizationRequestFilter, DigitizationRequestSummary,
  DigitizationRequestView, ExpiryBody, ProfileRule, ProfileRuleBody, ScanAnswer, ScanRequest, TryResult, TrySample,
} from "./types";

const id = encodeURIComponent;

export const auth = {
  /** Signs in with the session cookie (HttpOnly, SameSite=Strict) rather than a bearer token. */
  login: (userName: string, password: string) =>
    post<void>("/api/auth/login?useCookies=true", { userName, password } satisfies LoginBody),
  logout: () => post<void>("/api/auth/logout"),
  me: () => get<Account>("/api/auth/me"),
  changePassword: (currentPassword: string, newPassword: string) =>
    post<Account>("/api/auth/password", { currentPassword, newPassword } satisfies PasswordChangeBody),
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

export const definitions = {
  list: () => get<DefinitionSummary[]>("/api/workflow-definitions"),
  get: (definitionId: string, version: number) => get<Definition>(`/api/workflow-definitions/${id(definitionId)}/${version}`),
  activityTypes: () => get<ActivityType[]>("/api/activity-types"),
  validate: (definition: Definition) => post<DefinitionValidity>("/api/workflow-definitions/validate", definition),
  /** Stores a new version; `created` is false when the content equals the newest version, which is answered instead. */
  publish: async (definition: Definition) => {
    const response = await send("POST", "/api/workflow-definitions", definition);
    return { summary: (await response.json()) as DefinitionSummary, created: response.status === 201 };
  },
  /** The file as `workflow-definitions/` holds it, as a Blob to download. */
  exportFile: async (definitionId: string, version: number) =>
    (await send("GET", `/api/workflow-definitions/${id(definitionId)}/${version}/export`)).blob(),
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
  cancelReasons: () => get<string[]>("/api/requests/cancel-reasons"),
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

export const departments = {
  list: () => get<Department[]>("/api/departments"),
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
