import { accounts } from "../../api/library";
import type { Account, RoleGrant } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useLoad } from "../../components/useLoad";
import { dateTime } from "../../components/format";

const grantLabel = (g: RoleGrant) => (g.scope?.length ? `${g.role}: ${g.scope.join(", ")}` : g.role);

/** Whether the account works now, and why not or what its owner must do first. */
function activity(a: Account): string {
  const notes = [
    !a.enabled ? "disabled" : !a.active ? "ended" : "",
    a.lockedOutUntil ? `locked until ${dateTime(a.lockedOutUntil)}` : "",
    a.passwordExpired ? "password to change" : "",
  ].filter(Boolean);
  return [a.active ? "Yes" : "No", ...notes].join(", ");
}

/** The staff accounts (General System Administrator), with their roles and the scopes of those. */
export function AccountsList() {
  const list = useLoad(accounts.list, []);
  return (
    <>
      <h1>Accounts</h1>
      <p className="lead">Staff accounts, personal or shared, with their roles and where each applies.</p>
      <p>
        <Link href="/accounts/new" className="button-link">New account</Link>
      </p>
      <ProblemAlert error={list.error} />
      {list.loading && !list.data ? <p>Loading…</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Staff accounts by user name</caption>
            <thead>
              <tr>
                <th scope="col">User name</th>
                <th scope="col">Display name</th>
                <th scope="col">Kind</th>
                <th scope="col">End date</th>
                <th scope="col">Active</th>
                <th scope="col">Roles</th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((a) => (
                <tr key={a.userName}>
                  <td><Link href={`/accounts/${encodeURIComponent(a.userName)}`}>{a.userName}</Link></td>
                  <td>{a.displayName}</td>
                  <td>{a.kind === "shared" ? "Shared" : "Personal"}</td>
                  <td>{a.endDate ?? ""}</td>
                  <td>{activity(a)}</td>
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
