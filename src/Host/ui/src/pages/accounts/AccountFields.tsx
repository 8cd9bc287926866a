import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("accounts");
  return (
    <fieldset>
      <legend>{t("editor.account")}</legend>
      <FormField id="account-user-name" label={t("column.userName")} errors={fieldErrors("userName")}
        hint={isNew ? t("fields.userNameHintNew") : t("fields.userNameHint")}>
        {(control) => (
          <input {...control} value={draft.userName} readOnly={!isNew} autoComplete="off" spellCheck={false}
            onChange={(e) => onChange({ userName: e.target.value })} />
        )}
      </FormField>
      <FormField id="account-display-name" label={t("column.displayName")} errors={fieldErrors("displayName")}>
        {(control) => <input {...control} value={draft.displayName} onChange={(e) => onChange({ displayName: e.target.value })} />}
      </FormField>
      <FormField id="account-email" label={t("fields.email")} errors={fieldErrors("email")}>
        {(control) => <input {...control} type="email" value={draft.email} onChange={(e) => onChange({ email: e.target.value })} />}
      </FormField>
      <FormField id="account-kind" label={t("column.kind")} errors={fieldErrors("kind")}
        hint={t("fields.kindHint")}>
        {(control) => (
          <select {...control} value={draft.kind} onChange={(e) => onChange({ kind: e.target.value as AccountKind })}>
            {kinds.map((k) => <option key={k.value} value={k.value}>{t(k.label)}</option>)}
          </select>
        )}
      </FormField>
      {isNew && (
        <FormField id="account-password" label={t("fields.password")} errors={fieldErrors("password")}
          hint={t("fields.passwordHint")}>
          {(control) => (
            <input {...control} type="password" value={draft.password} autoComplete="new-password"
              onChange={(e) => onChange({ password: e.target.value })} />
          )}
        </FormField>
      )}
      <FormField id="account-end-date" label={t("column.endDate")} errors={fieldErrors("endDate")}
        hint={t("fields.endDateHint")}>
        {(control) => <input {...control} type="date" value={draft.endDate} onChange={(e) => onChange({ endDate: e.target.value })} />}
      </FormField>
      <FormField id="account-enabled" label={t("fields.enabled")} errors={fieldErrors("enabled")} checkbox>
        {(control) => (
          <input {...control} type="checkbox" checked={draft.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} />
        )}
      </FormField>
    </fieldset>
  );
}
