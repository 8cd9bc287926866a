// The one way the UI talks to the host: JSON over fetch, signed in by the session cookie the browser keeps, with the
// session's anti-forgery token on every change and RFC 7807 problems turned into ApiError so pages can show the
// title, the detail and each field's messages.

import type { CsrfToken } from "./types";

const csrfHeader = "X-CSRF-Token";

/** The title the host gives a change refused for a missing or stale anti-forgery token (CookieCsrf). */
const antiforgeryTitle = "Missing or wrong anti-forgery token.";

let csrfToken: string | null = null;
let signedOut: () => void = () => {};

/** Who hears that a call answered 401: the session, which shows the sign-in page. */
export function onSignedOut(listener: () => void): void {
  signedOut = listener;
}

/**
 * Fetches this session's anti-forgery token, which every change sends; after signing in, and on load when a session
 * is there already. Kept in memory only, so another site's script cannot read it back from storage.
 */
export async function refreshCsrfToken(): Promise<void> {
  csrfToken = (await call<CsrfToken>("GET", "/api/auth/csrf")).token;
}

export function forgetCsrfToken(): void {
  csrfToken = null;
}

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldErrors;
  /** The whole problem document, for the members a call adds (a scan-in's `lendingRequests`). */
  readonly problem: Record<string, unknown>;

  constructor(status: number, title: string, detail?: string, errors: FieldErrors = {}, problem: Record<string, unknown> = {}) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.problem = problem;
  }

  /**
   * The messages for one field path (e.g. `outputs.target`), with those for its list items
   * (`conditions[0].values[1]` belongs to `conditions[0].values`); case is ignored, as the API names fields in camelCase.
   */
  field(path: string): string[] {
    return Object.entries(this.errors).filter(([key]) => belongsTo(key, path)).flatMap(([, messages]) => messages);
  }
}

/** Whether the error key names the field at `path` or one of its list items. */
export function belongsTo(key: string, path: string): boolean {
  const k = key.toLowerCase();
  const p = path.toLowerCase();
  return k === p || k.startsWith(`${p}[`);
}

interface Problem {
  [member: string]: unknown;
  title?: string;
  detail?: string;
  errors?: FieldErrors;
}

async function toError(response: Response): Promise<ApiError> {
  const text = await response.text();
  let problem: Problem = {};
  try {
    problem = text ? (JSON.parse(text) as Problem) : {};
  } catch {
    // Not a problem document (a proxy's HTML page, say): show the status line instead.
  }
  return new ApiError(
    response.status,
    problem.title ?? `${response.status} ${response.statusText}`.trim(),
    problem.detail,
    problem.errors ?? {},
    problem,
  );
}

const isUnsafe = (method: string) => !["GET", "HEAD", "OPTIONS"].includes(method);

function request(method: string, body: unknown): RequestInit {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (isUnsafe(method) && csrfToken) headers[csrfHeader] = csrfToken;
  if (body instanceof FormData) return { method, headers, body }; // the browser sets the multipart boundary itself
  if (body === undefined) return { method, headers };
  return { method, headers: { ...headers, "Content-Type": "application/json" }, body: JSON.stringify(body) };
}

async function fetchOnce(method: string, url: string, body: unknown): Promise<Response> {
  try {
    return await fetch(url, request(method, body));
  } catch (e) {
    throw new ApiError(0, "The service cannot be reached", e instanceof Error ? e.message : String(e));
  }
}

/** Whether a 403 is the anti-forgery check's rather than a missing role's; read from a copy, so the answer stays readable. */
async function isAntiforgeryRefusal(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  try {
    return ((await response.clone().json()) as Problem).title === antiforgeryTitle;
  } catch {
    return false;
  }
}

/**
 * Sends a request and returns the raw response when it succeeded; a 4xx/5xx becomes an ApiError. A change refused for
 * its anti-forgery token (none fetched yet, or the session's was renewed) is sent once more with a fresh one; a 401
 * means the session is over, whichever call found out.
 */
export async function send(method: string, url: string, body?: unknown): Promise<Response> {
  let response = await fetchOnce(method, url, body);
  if (isUnsafe(method) && (await isAntiforgeryRefusal(response))) {
    await refreshCsrfToken();
    response = await fetchOnce(method, url, body);
  }
  if (response.status === 401) signedOut();
  if (!response.ok) throw await toError(response);
  return response;
}

/** Sends a request and reads its JSON answer (undefined for an empty one: 204, or the sign-in's 200). */
export async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const text = await (await send(method, url, body)).text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(url: string) => call<T>("GET", url);
export const post = <T>(url: string, body?: unknown) => call<T>("POST", url, body);
export const put = <T>(url: string, body?: unknown) => call<T>("PUT", url, body);
export const del = (url: string) => call<void>("DELETE", url);

/** A query string from the values that are set; empty ones are left out so the API applies no filter. */
export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
