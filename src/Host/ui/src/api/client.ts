// The one way the UI talks to the host: JSON over fetch, on behalf of the account the user signed in as,
// with RFC 7807 problems turned into ApiError so pages can show the title, the detail and each field's messages.

const accountKey = "library.actingAccount";

export function actingAccount(): string {
  return localStorage.getItem(accountKey) ?? "";
}

export function setActingAccount(account: string): void {
  localStorage.setItem(accountKey, account);
}

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldErrors;

  constructor(status: number, title: string, detail?: string, errors: FieldErrors = {}) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
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
  );
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const account = actingAccount();
  return { Accept: "application/json", ...(account ? { "X-Acting-Account": account } : {}), ...extra };
}

/** Sends a request and returns the raw response when it succeeded; a 4xx/5xx becomes an ApiError. */
export async function send(method: string, url: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method, headers: headers() };
  if (body instanceof FormData) {
    init.body = body; // the browser sets the multipart boundary itself
  } else if (body !== undefined) {
    init.headers = headers({ "Content-Type": "application/json" });
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, "The service cannot be reached", e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw await toError(response);
  return response;
}

/** Sends a request and reads its JSON answer (undefined for 204 No Content). */
export async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await send(method, url, body);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
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
