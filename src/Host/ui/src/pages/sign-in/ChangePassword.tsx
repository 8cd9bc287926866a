import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Account } from "../../api/types";
import { changePassword } from "../../auth/session";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

/**
 * Shown before anything else while the account's password has expired: one an administrator chose (a new account's,
 * a reset) or a shared account's after a year. The host allows nothing else until it is changed.
 */
export function ChangePassword({ account }: { account: Account }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeated, setRepeated] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const saving = useSubmit();
  const { t } = useTranslation("sign-in");

  // The repetition is the one check made here: the host never sees it, and a mistyped new password would lock the owner out.
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(next !== repeated);
    if (next === repeated) void saving.run(() => changePassword(current, next));
  };

  return (
    <>
      <h1>{t("change.title")}</h1>
      <p className="lead">{t("change.lead", { name: account.displayName, userName: account.userName })}</p>
      <form onSubmit={submit} noValidate className="sign-in-form">
        <FormField id="current-password" label={t("change.current")} errors={saving.fieldErrors("currentPassword")}>
          {(control) => (
            <input {...control} type="password" value={current} autoFocus autoComplete="current-password"
              onChange={(e) => setCurrent(e.target.value)} />
          )}
        </FormField>
        <FormField id="new-password" label={t("change.new")} errors={saving.fieldErrors("newPassword")}>
          {(control) => (
            <input {...control} type="password" value={next} autoComplete="new-password" onChange={(e) => setNext(e.target.value)} />
          )}
        </FormField>
        <FormField id="repeat-password" label={t("change.repeat")} errors={mismatch ? [t("change.mismatch")] : []}>
          {(control) => (
            <input {...control} type="password" value={repeated} autoComplete="new-password"
              onChange={(e) => setRepeated(e.target.value)} />
          )}
        </FormField>
        <ProblemAlert error={saving.problem} shownFields={["currentPassword", "newPassword"]} />
        <button type="submit" disabled={saving.busy}>{t("change.submit")}</button>
      </form>
    </>
  );
}
