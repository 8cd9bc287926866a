import { useTranslation } from "react-i18next";
import { partners, workflowProfiles } from "../../api/library";
import type { Partner } from "../../api/types";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { EditDeleteActions } from "../../components/EditDeleteActions";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useRowEditing } from "../../components/useRowEditing";
import { isLanguage } from "../../i18n/languages";
import { PartnerForm } from "./PartnerForm";

const load = async () => ({ partners: await partners.list(), profiles: await workflowProfiles.list() });

/**
 * The resource-sharing partners lending requests name by code: any staff reads them, administrators register and
 * change them. A partner with requests is deactivated rather than deleted, so the API refuses its deletion.
 */
export function Partners() {
  const administers = can.administer(useAccount());
  const list = useLoad(load, []);
  const { editing, setEditing, confirming, setConfirming, changing, open, saved, removed } = useRowEditing<Partner, string>(list.reload);
  const { t } = useTranslation("partners");
  const remove = (p: Partner) => removed(() => partners.remove(p.code), t("deleted", { code: p.code }));

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <StatusMessage message={changing.success} />
      <ProblemAlert error={changing.problem ?? list.error} />
      {administers && editing === null && (
        <p><button type="button" onClick={() => open("new")}>{t("register")}</button></p>
      )}
      {editing !== null && list.data && (
        <PartnerForm key={editing === "new" ? "new" : editing.code} partner={editing === "new" ? null : editing} profiles={list.data.profiles}
          onSaved={(p) => void saved(t("saved", { code: p.code }))} onCancel={() => setEditing(null)} />
      )}
      {list.loading && !list.data ? <p>{t("loading")}</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("column.code")}</th>
                <th scope="col">{t("column.name")}</th>
                <th scope="col">{t("column.type")}</th>
                <th scope="col">{t("column.address")}</th>
                <th scope="col">{t("column.workflowProfile")}</th>
                <th scope="col">{t("column.language")}</th>
                <th scope="col">{t("column.active")}</th>
                {administers && <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>}
              </tr>
            </thead>
            <tbody>
              {(list.data?.partners ?? []).map((p) => (
                <tr key={p.code}>
                  <td>{p.code}</td>
                  <td>{p.name}</td>
                  <td>{p.profileType}</td>
                  <td>{[p.email, p.isoSymbol].filter(Boolean).join(" · ")}{p.hasSharedSecret ? t("secretSet") : ""}</td>
                  <td>{p.workflowProfile}</td>
                  <td lang={p.language}>{isLanguage(p.language) ? t(`language.${p.language}`) : p.language}</td>
                  <td>{p.active ? t("yes") : t("no")}</td>
                  {administers && (
                    <td className="row-actions">
                      <EditDeleteActions confirming={confirming === p.code}
                        labels={{ edit: t("edit"), editLabel: t("editOf", { code: p.code }), delete: t("delete"), deleteLabel: t("deleteOf", { code: p.code }),
                          confirmDelete: t("deleteForGood", { code: p.code }), keep: t("keep") }}
                        onEdit={() => open(p)} onAsk={() => setConfirming(p.code)} onDelete={() => void remove(p)} onKeep={() => setConfirming(null)} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
