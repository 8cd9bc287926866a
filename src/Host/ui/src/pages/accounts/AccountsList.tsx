import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { accounts } from "../../api/library";
import type { Account, RoleGrant } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useLoad } from "../../components/useLoad";
import { dateTime } from "../../components/format";

const grantLabel = (g: RoleGrant) => (g.scope?.length ? `${g.role}: ${g.scope.join(", ")}` : g.role);

/** Whether the account works now, and why not or what its owner must do first. */
function activity(a: Account, t: TFunction<"accounts">): string {
  const notes = [
    !a.enabled ? t("disabled") : !a.active ? t("ended") : "",
    a.lockedOutUntil ? t("lockedUntil", { when: dateTime(a.lockedOutUntil) }) : "",
    a.passwordExpired ? t("passwordToChange") : "",
  ].filter(Boolean);
  return [a.active ? t("yes") : t("no"), ...notes].join(", ");
}

/** The staff accounts (General System Administrator), with their roles and the scopes of those. */
export function AccountsList() {
  const list = useLoad(accounts.list, []);
  const { t } = useTranslation("accounts");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>
        <Link href="/accounts/new" className="button-link">{t("new")}</Link>
      </p>
      <ProblemAlert error={list.error} />
      {list.loading && !list.data ? <p>{t("loading")}</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("column.userName")}</th>
                <th scope="col">{t("column.displayName")}</th>
                <th scope="col">{t("column.kind")}</th>
                <th scope="col">{t("column.endDate")}</th>
                <th scope="col">{t("column.active")}</th>
                <th scope="col">{t("column.roles")}</th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((a) => (
                <tr key={a.userName}>
                  <td><Link href={`/accounts/${encodeURIComponent(a.userName)}`}>{a.userName}</Link></td>
                  <td>{a.displayName}</td>
                  <td>{a.kind === "shared" ? t("kind.shared") : t("kind.personal")}</td>
                  <td>{a.endDate ?? ""}</td>
                  <td>{activity(a, t)}</td>
                  <td>
                    <ul className="plain-list">
                      {a.roles.map((g, i) => <li key={i}>{grantLabel(g)}</li>)}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
