import { approvals } from "../../api/library";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { RuleLink } from "../../components/RuleLink";
import { useLoad } from "../../components/useLoad";
import { dateTime, managementLabel } from "../../components/format";

/**
 * The Approval Requests List (Alma: Digitization Processing, Approving/Rejecting a Request for Digitization): what
 * waits for a manager, with the rule that asked for it.
 */
export function ApprovalsList() {
  const list = useLoad(approvals.pending, []);
  return (
    <>
      <h1>Approval requests</h1>
      <ProblemAlert error={list.error} />
      {list.loading && !list.data ? <p>Loading…</p> : list.data?.length === 0 ? <p>No approval request is pending.</p> : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Barcode</th>
                <th scope="col">Requester</th>
                <th scope="col">Rule</th>
                <th scope="col">Management</th>
                <th scope="col">Expires</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((a) => (
                <tr key={a.id}>
                  <td><Link href={`/requests/${a.requestId}`}>{a.title}</Link></td>
                  <td>{a.barcode}</td>
                  <td>{a.requesterId}</td>
                  <td>
                    <RuleLink ruleId={a.ruleId} name={a.ruleName} />
                    {a.requiresCopyrightClearance && <span className="tag">copyright</span>}
                  </td>
                  <td>{managementLabel(a.management)}</td>
                  <td>{dateTime(a.expiresAt)}</td>
                  <td><Link href={`/approvals/${a.id}`} className="button-link">Work on</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
