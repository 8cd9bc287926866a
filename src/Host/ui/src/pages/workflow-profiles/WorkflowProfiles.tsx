import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { workflowProfiles } from "../../api/library";
import type { WorkflowProfile } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";

type Step = "awaitDigitalReceipt" | "willSupplyStep" | "manualRenewStep" | "reactivateStep" | "isoCheckInMessage";

/** The optional steps of the lending workflow, labelled (step.<name>) as Alma's workflow profiles name them. */
const steps: Step[] = ["willSupplyStep", "manualRenewStep", "reactivateStep", "awaitDigitalReceipt", "isoCheckInMessage"];

const blank: WorkflowProfile = {
  code: "", name: "", awaitDigitalReceipt: false, willSupplyStep: true, manualRenewStep: true, reactivateStep: true, isoCheckInMessage: true,
};

/**
 * The lending workflow profiles (General System Administrator): which optional steps the requests of the partners that
 * use each profile have. A change applies to requests that come in afterwards.
 */
export function WorkflowProfiles() {
  const list = useLoad(workflowProfiles.list, []);
  const [editing, setEditing] = useState<{ profile: WorkflowProfile; isNew: boolean } | null>(null);
  const saving = useSubmit();
  const changing = useSubmit();
  const { t } = useTranslation("workflow-profiles");

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!editing) return;
    const { profile, isNew } = editing;
    void saving.run(async () => {
      const body = { ...profile, code: isNew ? profile.code.trim() : null, name: profile.name.trim() };
      const saved = isNew ? await workflowProfiles.create(body) : await workflowProfiles.update(profile.code, body);
      setEditing(null);
      await list.reload();
      return t("saved", { code: saved.code });
    });
  };

  const remove = (p: WorkflowProfile) =>
    changing.run(async () => {
      await workflowProfiles.remove(p.code);
      await list.reload();
      return t("deleted", { code: p.code });
    });

  const set = (change: Partial<WorkflowProfile>) => editing && setEditing({ ...editing, profile: { ...editing.profile, ...change } });

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <StatusMessage message={saving.success || changing.success} />
      <ProblemAlert error={changing.problem ?? list.error} />
      {list.loading && !list.data ? <p>{t("loading")}</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("code")}</th>
                <th scope="col">{t("name")}</th>
                {steps.map((s) => <th scope="col" key={s}>{t(`step.${s}`)}</th>)}
                <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((p) => (
                <tr key={p.code}>
                  <td>{p.code}</td>
                  <td>{p.name}</td>
                  {steps.map((s) => <td key={s}>{p[s] ? t("yes") : t("no")}</td>)}
                  <td className="row-actions">
                    <button type="button" aria-label={t("editOf", { code: p.code })} onClick={() => { saving.reset(); setEditing({ profile: p, isNew: false }); }}>{t("edit")}</button>
                    <button type="button" className="danger" aria-label={t("deleteOf", { code: p.code })} onClick={() => void remove(p)}>{t("delete")}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing === null ? (
        <p><button type="button" onClick={() => { saving.reset(); setEditing({ profile: blank, isNew: true }); }}>{t("new")}</button></p>
      ) : (
        <form onSubmit={submit} noValidate aria-label={t("form")} className="account-form">
          <h2>{editing.isNew ? t("new") : t("editTitle", { code: editing.profile.code })}</h2>
          {editing.isNew && (
            <FormField id="profile-code" label={t("code")} errors={saving.fieldErrors("code")} hint={t("codeHint")}>
              {(control) => <input {...control} value={editing.profile.code} onChange={(e) => set({ code: e.target.value })} />}
            </FormField>
          )}
          <FormField id="profile-name" label={t("name")} errors={saving.fieldErrors("name")}>
            {(control) => <input {...control} value={editing.profile.name} onChange={(e) => set({ name: e.target.value })} />}
          </FormField>
          {steps.map((s) => (
            <FormField key={s} id={`profile-${s}`} label={t(`step.${s}`)} checkbox errors={saving.fieldErrors(s)}>
              {(control) => <input {...control} type="checkbox" checked={editing.profile[s]} onChange={(e) => set({ [s]: e.target.checked })} />}
            </FormField>
          ))}
          <ProblemAlert error={saving.problem} shownFields={["code", "name", ...steps]} />
          <div className="form-actions">
            <button type="submit" disabled={saving.busy}>{t("save")}</button>
            <button type="button" className="secondary" onClick={() => setEditing(null)}>{t("cancel")}</button>
          </div>
        </form>
      )}
    </>
  );
}
