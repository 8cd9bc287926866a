import { useTranslation } from "react-i18next";
import { patronLimits } from "../../api/library";
import type { PatronLimit } from "../../api/types";
import { number } from "../../components/format";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useRowEditing } from "../../components/useRowEditing";
import { PatronLimitForm } from "./PatronLimitForm";
import { EditDeleteActions } from "../../components/EditDeleteActions";

/**
 * The Patron Limits table (Alma: Configuring Digitization, Patron Limits): per user group, how many digitization
 * requests one patron may have open at once. A group without a row has no limit.
 */
export function PatronLimits() {
  const { t } = useTranslation("patron-limits");
  const list = useLoad(patronLimits.list, []);
  const { editing, setEditing, confirming, setConfirming, changing, open, saved, removed } =
    useRowEditing<PatronLimit, string>(list.reload);
  const remove = (l: PatronLimit) => removed(() => patronLimits.remove(l.userGroup), t("deleted", { group: l.userGroup }));

  const limitText = (max: number | null | undefined) =>
    max === null || max === undefined ? t("noLimit") : max === 0 ? t("mayNotRequest") : number(max);


  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <StatusMessage message={changing.success} />
      <ProblemAlert error={changing.problem ?? list.error} />
      {editing === null && <p><button type="button" onClick={() => open("new")}>{t("add")}</button></p>}
      {editing !== null && (
        <PatronLimitForm key={editing === "new" ? "new" : editing.userGroup} limit={editing === "new" ? null : editing}
          onSaved={(l) => void saved(t("saved", { group: l.userGroup }))} onCancel={() => setEditing(null)} />
      )}
      {list.loading && !list.data ? <p>{t("loading")}</p> : list.data?.length === 0 ? <p>{t("none")}</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("column.userGroup")}</th>
                <th scope="col">{t("column.max")}</th>
                <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((l) => (
                <tr key={l.userGroup}>
                  <td>{l.userGroup}</td>
                  <td>{limitText(l.maxDigitizationRequests)}</td>
                  <td className="row-actions">
                    <EditDeleteActions confirming={confirming === l.userGroup}
                      labels={{ edit: t("edit"), editLabel: t("editLabel", { group: l.userGroup }), delete: t("delete"), deleteLabel: t("deleteLabel", { group: l.userGroup }),
                        confirmDelete: t("confirmDelete", { group: l.userGroup }), keep: t("keep") }}
                      onEdit={() => open(l)} onAsk={() => setConfirming(l.userGroup)} onDelete={() => void remove(l)} onKeep={() => setConfirming(null)} />
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
