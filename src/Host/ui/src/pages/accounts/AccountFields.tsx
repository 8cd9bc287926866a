import type { AccountKind } from "../../api/types";
import { FormField } from "../../components/FormField";
import { kinds, type AccountDraft } from "./accountForm";

interface AccountFieldsProps {
  draft: AccountDraft;
  isNew: boolean;
  fieldErrors: (path: string) => string[];
  onChange: (part: Partial<AccountDraft>) => void;
}

/** Who the account is and how long it works: everything of it but its roles. */
export function AccountFields({ draft, isNew, fieldErrors, onChange }: AccountFieldsProps) {
  return (
    <fieldset>
      <legend>Account</legend>
      <FormField id="account-user-name" label="User name" errors={fieldErrors("userName")}
        hint={isNew ? "Letters, digits and - . _ @ +; it cannot be changed later." : "An account keeps its user name."}>
        {(control) => (
          <input {...control} value={draft.userName} readOnly={!isNew} autoComplete="off" spellCheck={false}
            onChange={(e) => onChange({ userName: e.target.value })} />
        )}
      </FormField>
      <FormField id="account-display-name" label="Display name" errors={fieldErrors("displayName")}>
        {(control) => <input {...control} value={draft.displayName} onChange={(e) => onChange({ displayName: e.target.value })} />}
      </FormField>
      <FormField id="account-email" label="E-mail" errors={fieldErrors("email")}>
        {(control) => <input {...control} type="email" value={draft.email} onChange={(e) => onChange({ email: e.target.value })} />}
      </FormField>
      <FormField id="account-kind" label="Kind" errors={fieldErrors("kind")}
        hint="A shared account may hold fulfilment roles only: administration and approval are personal.">
        {(control) => (
          <select {...control} value={draft.kind} onChange={(e) => onChange({ kind: e.target.value as AccountKind })}>
            {kinds.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
          </select>
        )}
      </FormField>
      {isNew && (
        <FormField id="account-password" label="Password" errors={fieldErrors("password")}
          hint="At least 12 characters; the owner changes it at the first sign-in.">
          {(control) => (
            <input {...control} type="password" value={draft.password} autoComplete="new-password"
              onChange={(e) => onChange({ password: e.target.value })} />
          )}
        </FormField>
      )}
      <FormField id="account-end-date" label="End date" errors={fieldErrors("endDate")}
        hint="The last day the account works; empty for a permanent one.">
        {(control) => <input {...control} type="date" value={draft.endDate} onChange={(e) => onChange({ endDate: e.target.value })} />}
      </FormField>
      <FormField id="account-enabled" label="Enabled" errors={fieldErrors("enabled")} checkbox>
        {(control) => (
          <input {...control} type="checkbox" checked={draft.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} />
        )}
      </FormField>
    </fieldset>
  );
}
