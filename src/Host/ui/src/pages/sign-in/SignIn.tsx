import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { signIn } from "../../auth/session";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

/**
 * The sign-in page, shown at whatever path was asked for while no account is signed in; once signed in, that page
 * follows. The session cookie it gets is HttpOnly: the page never sees it.
 */
export function SignIn() {
  const [userName, setUserName] = useState("");
  const [password, setPassword] = useState("");
  const signing = useSubmit();
  const { t } = useTranslation("sign-in");
  const passwordField = useRef<HTMLInputElement>(null);

  // A refused sign-in keeps the user name and asks for the password again.
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await signing.run(() => signIn(userName.trim(), password))) return;
    setPassword("");
    passwordField.current?.focus();
  };

  return (
    <>
      <h1>{t("signIn.title")}</h1>
      <p className="lead">{t("signIn.lead")}</p>
      <form onSubmit={submit} noValidate className="sign-in-form">
        <FormField id="sign-in-user-name" label={t("signIn.userName")} errors={signing.fieldErrors("userName")}>
          {(control) => (
            <input {...control} value={userName} autoFocus autoComplete="username" autoCapitalize="none" spellCheck={false}
              onChange={(e) => setUserName(e.target.value)} />
          )}
        </FormField>
        <FormField id="sign-in-password" label={t("signIn.password")} errors={signing.fieldErrors("password")}>
          {(control) => (
            <input {...control} ref={passwordField} type="password" value={password} autoComplete="current-password"
              onChange={(e) => setPassword(e.target.value)} />
          )}
        </FormField>
        <ProblemAlert error={signing.problem} shownFields={["userName", "password"]} />
        <button type="submit" disabled={signing.busy}>{t("signIn.submit")}</button>
      </form>
    </>
  );
}
