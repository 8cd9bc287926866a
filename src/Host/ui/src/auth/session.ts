// The signed-in account, as the host knows it: read once at start (GET /api/auth/me), set by signing in, by changing
// the password or the language, and dropped when signing out or when any call answers 401. The UI shows the account's
// language while it is signed in.
import { useSyncExternalStore } from "react";
import { ApiError, forgetCsrfToken, onSignedOut, refreshCsrfToken } from "../api/client";
import { auth } from "../api/library";
import type { Account } from "../api/types";
import { showLanguage } from "../i18n/i18n";
import { languageOf, type Language } from "../i18n/languages";

export type Session =
  | { state: "loading" }
  | { state: "signed-out" }
  | { state: "signed-in"; account: Account }
  | { state: "unreachable"; error: unknown };

let session: Session = { state: "loading" };
const listeners = new Set<() => void>();

function set(next: Session): void {
  session = next;
  if (next.state === "signed-in") void showLanguage(languageOf(next.account.language) ?? "en");
  for (const listener of listeners) listener();
}

// The anti-forgery token stays: the browser still sends the cookie the host stopped accepting, so signing in again is
// a change made with that cookie, and it needs the token.
onSignedOut(() => {
  if (session.state !== "signed-out") set({ state: "signed-out" });
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session {
  return useSyncExternalStore(subscribe, () => session);
}

/** The signed-in account, for the pages, which are only shown while there is one. */
export function useAccount(): Account {
  const current = useSession();
  if (current.state !== "signed-in") throw new Error("No account is signed in.");
  return current.account;
}

/** The account behind this browser's session cookie, if any; a 401 on the way leaves the session signed out. */
export async function loadSession(): Promise<void> {
  try {
    const account = await auth.me();
    await refreshCsrfToken();
    set({ state: "signed-in", account });
  } catch (e) {
    if (session.state !== "signed-out") set({ state: "unreachable", error: e });
  }
}

export async function signIn(userName: string, password: string): Promise<void> {
  await auth.login(userName, password);
  const account = await auth.me();
  await refreshCsrfToken();
  set({ state: "signed-in", account });
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  const account = await auth.changePassword(currentPassword, newPassword);
  // The host renews the session cookie with the new password; its token follows.
  await refreshCsrfToken();
  set({ state: "signed-in", account });
}

/** The language the UI is shown in: the signed-in account's, saved with it, or this browser's before signing in. */
export async function chooseLanguage(language: Language): Promise<void> {
  if (session.state !== "signed-in") return showLanguage(language);
  set({ state: "signed-in", account: await auth.changeLanguage(language) });
}

/** Ends the session; one the host had already ended (401) is just as much over. */
export async function signOut(): Promise<void> {
  try {
    await auth.logout();
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) throw e;
  }
  forgetCsrfToken();
  set({ state: "signed-out" });
}
