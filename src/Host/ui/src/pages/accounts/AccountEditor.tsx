import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { accounts, departments } from "../../api/library";
import { Link, navigate } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { setFlash, takeFlash } from "../../components/flash";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { bodyOfDraft, draftOf, emptyDraft, newGrant, shownFields, type AccountDraft } from "./accountForm";
import { AccountFields } from "./AccountFields";
import { RoleGrantRow } from "./RoleGrantRow";
import { SetPasswordForm } from "./SetPasswordForm";

/**
 * Creates or edits one staff account (General System Administrator): who it is, whether it is personal or shared,
 * until when it works, and its roles with their scopes. A new account's password is the administrator's choice, which
 * its owner changes at the first sign-in; an existing account's is set with "Set password".
 */
export function AccountEditor({ userName }: { userName: string | null }) {
  const isNew = userName === null;
  const [draft, setDraft] = useState<AccountDraft>(emptyDraft);
  const [loaded, setLoaded] = useState(isNew);
  const [loadError, setLoadError] = useState<unknown>(null);
  const departmentList = useLoad(departments.list, []);
  // "Created …" after a new account's save arrives with the account's own page.
  const saving = useSubmit(takeFlash);
  const { t } = useTranslation("accounts");

  useEffect(() => {
    if (userName === null) return;
    accounts.get(userName).then((account) => {
      setDraft(draftOf(account));
      setLoaded(true);
    }, setLoadError);
  }, [userName]);

  const change = (part: Partial<AccountDraft>) => setDraft((d) => ({ ...d, ...part }));

  // A refused save leaves the draft as typed, so the user corrects the named field instead of starting over.
  const save = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(async () => {
      if (userName === null) {
        const created = await accounts.create(bodyOfDraft(draft, true));
        setFlash(t("editor.created", { userName: created.userName }));
        navigate(`/accounts/${encodeURIComponent(created.userName)}`, { replace: true });
        return;
      }
      setDraft(draftOf(await accounts.update(userName, bodyOfDraft(draft, false))));
      return t("editor.saved");
    });
  };

  return (
    <>
      <p className="breadcrumb"><Link href="/accounts">{t("title")}</Link></p>
      <h1>{isNew ? t("new") : t("editor.accountOf", { userName })}</h1>
      <StatusMessage message={saving.success} />
      <ProblemAlert error={saving.problem ?? loadError ?? departmentList.error} shownFields={shownFields(draft)} />
      <form onSubmit={save} noValidate aria-busy={!loaded} aria-label={isNew ? t("new") : t("editor.account")} className="account-form">
        <AccountFields draft={draft} isNew={isNew} fieldErrors={saving.fieldErrors} onChange={change} />
        <fieldset>
          <legend>{t("editor.roles")}</legend>
          {draft.roles.length === 0 && <p>{t("editor.noRoles")}</p>}
          {draft.roles.map((g, i) => (
            <RoleGrantRow key={g.key} index={i} grant={g} fieldErrors={saving.fieldErrors}
              departmentCodes={(departmentList.data ?? []).map((d) => d.code)}
              onChange={(updated) => change({ roles: draft.roles.map((x) => (x.key === g.key ? updated : x)) })}
              onRemove={() => change({ roles: draft.roles.filter((x) => x.key !== g.key) })} />
          ))}
          <button type="button" className="secondary" onClick={() => change({ roles: [...draft.roles, newGrant()] })}>
            {t("editor.addRole")}
          </button>
        </fieldset>
        <div className="form-actions">
          <button type="submit" disabled={saving.busy || !loaded}>{isNew ? t("editor.create") : t("editor.save")}</button>
        </div>
      </form>
      {!isNew && loaded && <SetPasswordForm userName={userName} />}
    </>
  );
}
