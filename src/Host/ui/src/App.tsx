import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { navigate, usePath } from "./router";
import { loadSession, useSession, type Session } from "./auth/session";
import { pageAt } from "./routes";
import { AccountMenu } from "./components/AccountMenu";
import { LanguageSwitcher } from "./components/LanguageSwitcher";
import { MainNavigation } from "./components/MainNavigation";
import { ProblemAlert } from "./components/ProblemAlert";
import { SignIn } from "./pages/sign-in/SignIn";
import { ChangePassword } from "./pages/sign-in/ChangePassword";

/**
 * What the main area shows for the session: the sign-in page whatever the path (signing in goes on to it), the
 * password change an expired password allows and nothing else, or the page at the path.
 */
function SessionPage({ session, path }: { session: Session; path: string }) {
  const { t } = useTranslation();
  switch (session.state) {
    case "loading":
      return <p>{t("loading")}</p>;
    case "unreachable":
      return (
        <>
          <h1>{t("app.unreachable")}</h1>
          <ProblemAlert error={session.error} />
          <button type="button" onClick={() => void loadSession()}>{t("app.tryAgain")}</button>
        </>
      );
    case "signed-out":
      return <SignIn />;
    case "signed-in":
      if (session.account.passwordExpired) return <ChangePassword account={session.account} />;
      return path === "/" ? null : pageAt(path, session.account);
  }
}

export function App() {
  const path = usePath();
  const session = useSession();
  // Subscribes the whole UI to the language: a change renders every page again, dates and numbers included.
  const { t } = useTranslation();
  useEffect(() => {
    void loadSession();
  }, []);
  useEffect(() => {
    if (path === "/") navigate("/requests", { replace: true });
  }, [path]);
  // A new page starts at the top, like a full page load would.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [path]);

  const account = session.state === "signed-in" ? session.account : null;
  return (
    <>
      <a className="skip-link" href="#main">{t("app.skipToContent")}</a>
      <header className="top-bar">
        <span className="brand">{t("app.brand")}</span>
        {account && !account.passwordExpired && <MainNavigation account={account} path={path} />}
        <div className="header-end">
          {account && <AccountMenu account={account} />}
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <SessionPage session={session} path={path} />
      </main>
    </>
  );
}
