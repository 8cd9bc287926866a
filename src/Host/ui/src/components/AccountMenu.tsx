import { useTranslation } from "react-i18next";
import type { Account } from "../api/types";
import { signOut } from "../auth/session";
import { useSubmit } from "./useSubmit";
import { ProblemAlert } from "./ProblemAlert";

/** Who is signed in, as the history will name them, and the way out. */
export function AccountMenu({ account }: { account: Account }) {
  const leaving = useSubmit();
  const { t } = useTranslation("components");
  return (
    <div className="account-menu">
      <span>
        {account.displayName} <span className="user-name">({account.userName})</span>
      </span>
      <button type="button" className="secondary" disabled={leaving.busy} onClick={() => void leaving.run(signOut)}>
        {t("account.signOut")}
      </button>
      <ProblemAlert error={leaving.problem} />
    </div>
  );
}
