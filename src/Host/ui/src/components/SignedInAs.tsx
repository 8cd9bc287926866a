import { useState } from "react";
import { actingAccount, setActingAccount } from "../api/client";

/**
 * The account every call is made on behalf of (the X-Acting-Account header), asked once and kept in this browser: there
 * is no login yet, but the history should still say who did what, as a personal account does (Alma: consortium help
 * page, Access: Alma accounts).
 */
export function SignedInAs() {
  const [account, setAccount] = useState(actingAccount());
  return (
    <div className="signed-in">
      <label htmlFor="acting-account">Signed in as</label>
      <input
        id="acting-account"
        value={account}
        placeholder="your account"
        autoComplete="username"
        onChange={(e) => {
          setAccount(e.target.value);
          setActingAccount(e.target.value.trim());
        }}
      />
    </div>
  );
}
