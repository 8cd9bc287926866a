import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { accounts } from "../../api/library";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useSubmit } from "../../components/useSubmit";

/** Sets a password its owner must change at the next sign-in; it also ends the account's sessions and its lockout. */
export function SetPasswordForm({ userName }: { userName: string }) {
  const [password, setPassword] = useState("");
  const setting = useSubmit();
  const { t } = useTranslation("accounts");

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void setting.run(async () => {
      await accounts.setPassword(userName, password);
      setPassword("");
      return t("password.set", { userName });
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("password.title")} className="account-form">
      <h2>{t("password.title")}</h2>
      <FormField id="set-password" label={t("password.new")} errors={setting.fieldErrors("password")}
        hint={t("password.hint")}>
        {(control) => (
          <input {...control} type="password" value={password} autoComplete="new-password" onChange={(e) => setPassword(e.target.value)} />
        )}
      </FormField>
      <StatusMessage message={setting.success} />
      <ProblemAlert error={setting.problem} shownFields={["password"]} />
      <button type="submit" disabled={setting.busy}>{t("password.title")}</button>
    </form>
  );
}
