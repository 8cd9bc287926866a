import type { Account, AccountBody, AccountKind } from "../../api/types";
import { roleScopes, type RoleName } from "../../auth/permissions";

/** A role as the form holds it: the scope as typed, comma-separated, so nothing typed is reformatted. */
export interface GrantDraft {
  key: number;
  role: string;
  scope: string;
}

/** The account as the form holds it: strings for what the user types, so a 400 leaves every keystroke in place. */
export interface AccountDraft {
  userName: string;
  displayName: string;
  email: string;
  kind: AccountKind;
  /** Only for a new account: a password is set on its own afterwards. */
  password: string;
  endDate: string;
  enabled: boolean;
  roles: GrantDraft[];
}

/** The kinds of account, each labelled by its key in the accounts namespace. */
export const kinds = [
  { value: "personal", label: "fields.kindPersonal" },
  { value: "shared", label: "fields.kindShared" },
] as const satisfies readonly { value: AccountKind; label: string }[];

/** The scope a role takes, or null for an institution-wide role; unknown names (none chosen yet) take none. */
export const scopeKindOf = (role: string) => roleScopes[role as RoleName] ?? null;

let nextKey = 1;
export const newGrant = (): GrantDraft => ({ key: nextKey++, role: "", scope: "" });

export const emptyDraft = (): AccountDraft => ({
  userName: "", displayName: "", email: "", kind: "personal", password: "", endDate: "", enabled: true, roles: [],
});

export function draftOf(account: Account): AccountDraft {
  return {
    userName: account.userName,
    displayName: account.displayName,
    email: account.email ?? "",
    kind: account.kind,
    password: "",
    endDate: account.endDate ?? "",
    enabled: account.enabled,
    roles: account.roles.map((g) => ({ key: nextKey++, role: g.role, scope: (g.scope ?? []).join(", ") })),
  };
}

/**
 * The body the API checks. Nothing is corrected here: the host's validation names the problems. A scope is sent only
 * for a role that takes one, so switching a grant to an institution-wide role drops what was typed for the other.
 */
export function bodyOfDraft(draft: AccountDraft, isNew: boolean): AccountBody {
  return {
    userName: draft.userName.trim(),
    displayName: draft.displayName,
    email: draft.email.trim() || null,
    kind: draft.kind,
    password: isNew ? draft.password : null,
    endDate: draft.endDate || null,
    enabled: draft.enabled,
    roles: draft.roles.map((g) => {
      const scope = g.scope.split(",").map((s) => s.trim()).filter((s) => s !== "");
      return { role: g.role, scope: scopeKindOf(g.role) && scope.length > 0 ? scope : null };
    }),
  };
}

/** The fields this form shows messages beside; the alert lists any other the API names. */
export function shownFields(draft: AccountDraft): string[] {
  return [
    "userName", "displayName", "email", "kind", "password", "endDate", "enabled",
    ...draft.roles.flatMap((g, i) => [`roles[${i}].role`, ...(scopeKindOf(g.role) ? [`roles[${i}].scope`] : [])]),
  ];
}
