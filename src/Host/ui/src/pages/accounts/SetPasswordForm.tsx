import { useState, type FormEvent } from "react";
import { accounts } from "../../api/library";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useSubmit } from "../../components/useSubmit";

/** Sets a password its owner must change at the next sign-in; it also ends the account's sessions and its lockout. */
export function SetPasswordForm({ userName }: { userName: string }) {
  const [password, setPassword] = useState("");
  const setting = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void setting.run(async () => {
      await accounts.setPassword(userName, password);
      setPassword("");
      return `Password set: ${userName} must change it at the next sign-in`;
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Set password" className="account-form">
      <h2>Set password</h2>
      <FormField id="set-password" label="New password" errors={setting.fieldErrors("password")}
        hint="At least 12 characters. Signs the account out everywhere and ends a lockout.">
        {(control) => (
          <input {...control} type="password" value={password} autoComplete="new-password" onChange={(e) => setPassword(e.target.value)} />
        )}
      </FormField>
      <StatusMessage message={setting.success} />
      <ProblemAlert error={setting.problem} shownFields={["password"]} />
      <button type="submit" disabled={setting.busy}>Set password</button>
    </form>
  );
}
