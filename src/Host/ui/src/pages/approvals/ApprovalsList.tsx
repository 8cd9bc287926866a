import { useState } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("approvals");
  return (
    <>
      <h1>{t("title")}</h1>
      <RequestSearchBox id="approvals-find" value={q} onSearch={setQ} />
      {record && <RecordFilter title={record.title} onClear={() => setRecord(null)} />}
      <ProblemAlert error={list.error} />
      {list.loading && !list.data ? <p>{t("loading")}</p> : list.data?.length === 0 ? <p>{t("none")}</p> : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("column.title")}</th>
                <th scope="col">{t("column.barcode")}</th>
                <th scope="col">{t("column.requester")}</th>
                <th scope="col">{t("column.rule")}</th>
                <th scope="col">{t("column.management")}</th>
                <th scope="col">{t("column.expires")}</th>
                <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>
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
                    {a.requiresCopyrightClearance && <span className="tag">{t("copyrightTag")}</span>}
                  </td>
                  <td>{managementLabel(a.management)}</td>
                  <td>{dateTime(a.expiresAt)}</td>
                  <td>
                    <Link href={`/approvals/${a.id}`} className="button-link">{t("workOn")}</Link>{" "}
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
