import { useState } from "react";
import { approvalSearch } from "../../api/requestTools";
import type { Approval } from "../../api/types";
import { FilterByRecordButton } from "../request-tools/FilterByRecordButton";
import { RecordFilter } from "../request-tools/RecordFilter";
import { RequestSearchBox } from "../request-tools/RequestSearchBox";
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
  const [q, setQ] = useState("");
  const [record, setRecord] = useState<Approval | null>(null);
  const list = useLoad(() => approvalSearch.pending(q, record?.requestId ?? null), [q, record]);
  return (
    <>
      <h1>Approval requests</h1>
      <RequestSearchBox id="approvals-find" value={q} onSearch={setQ} />
      {record && <RecordFilter title={record.title} onClear={() => setRecord(null)} />}
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
                  <td>{a.requesterName ? `${a.requesterName} (${a.requesterId})` : a.requesterId}</td>
                  <td>
                    <RuleLink ruleId={a.ruleId} name={a.ruleName} />
                    {a.requiresCopyrightClearance && <span className="tag">copyright</span>}
                  </td>
                  <td>{managementLabel(a.management)}</td>
                  <td>{dateTime(a.expiresAt)}</td>
                  <td>
                    <Link href={`/approvals/${a.id}`} className="button-link">Work on</Link>{" "}
                    <FilterByRecordButton title={a.title} onClick={() => setRecord(a)} />
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
