import { useTranslation } from "react-i18next";
import { deliveryRules } from "../../api/library";
import type { DocumentDeliveryRule } from "../../api/types";
import { commaList } from "../../components/commaList";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useRowEditing } from "../../components/useRowEditing";
import { DeliveryRuleForm } from "./DeliveryRuleForm";
import { EditDeleteActions } from "../../components/EditDeleteActions";

/**
 * The Electronic Document Delivery Rules List (Alma: Configuring Digitization): a request whose file goes to the
 * requester is accepted only when an enabled rule lists the requester's user group.
 */
export function DeliveryRules() {
  const { t } = useTranslation("delivery-rules");
  const list = useLoad(deliveryRules.list, []);
  const { editing, setEditing, confirming, setConfirming, changing, open, saved, removed } =
    useRowEditing<DocumentDeliveryRule, number>(list.reload);
  const remove = (r: DocumentDeliveryRule) => removed(() => deliveryRules.remove(r.id), t("deleted", { name: r.name }));

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <StatusMessage message={changing.success} />
      <ProblemAlert error={changing.problem ?? list.error} />
      {editing === null && <p><button type="button" onClick={() => open("new")}>{t("add")}</button></p>}
      {editing !== null && (
        <DeliveryRuleForm key={editing === "new" ? "new" : editing.id} rule={editing === "new" ? null : editing}
          onSaved={(r) => void saved(t("saved", { name: r.name }))} onCancel={() => setEditing(null)} />
      )}
      {list.loading && !list.data ? <p>{t("loading")}</p> : list.data?.length === 0 ? <p>{t("none")}</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("column.name")}</th>
                <th scope="col">{t("column.userGroups")}</th>
                <th scope="col">{t("column.enabled")}</th>
                <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((r) => (
                <tr key={r.id}>
                  <td>{r.name}{r.description && <div className="hint">{r.description}</div>}</td>
                  <td>{commaList(r.userGroups)}</td>
                  <td>{r.enabled ? t("yes") : t("no")}</td>
                  <td className="row-actions">
                    <EditDeleteActions confirming={confirming === r.id}
                      labels={{ edit: t("edit"), editLabel: t("editLabel", { name: r.name }), delete: t("delete"), deleteLabel: t("deleteLabel", { name: r.name }),
                        confirmDelete: t("confirmDelete", { name: r.name }), keep: t("keep") }}
                      onEdit={() => open(r)} onAsk={() => setConfirming(r.id)} onDelete={() => void remove(r)} onKeep={() => setConfirming(null)} />
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
