import { useState, type FormEvent } from "react";
import { workflowProfiles } from "../../api/library";
import type { WorkflowProfile } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";

type Step = "awaitDigitalReceipt" | "willSupplyStep" | "manualRenewStep" | "reactivateStep" | "isoCheckInMessage";

/** The optional steps of the lending workflow, as Alma's workflow profiles name them. */
const steps: { step: Step; label: string }[] = [
  { step: "willSupplyStep", label: "Will Supply" },
  { step: "manualRenewStep", label: "Manual renew" },
  { step: "reactivateStep", label: "Reactivate" },
  { step: "awaitDigitalReceipt", label: "Await digital receipt" },
  { step: "isoCheckInMessage", label: "ISO checked-in message" },
];

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

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!editing) return;
    const { profile, isNew } = editing;
    void saving.run(async () => {
      const body = { ...profile, code: isNew ? profile.code.trim() : null, name: profile.name.trim() };
      const saved = isNew ? await workflowProfiles.create(body) : await workflowProfiles.update(profile.code, body);
      setEditing(null);
      await list.reload();
      return `Saved workflow profile ${saved.code}`;
    });
  };

  const remove = (p: WorkflowProfile) =>
    changing.run(async () => {
      await workflowProfiles.remove(p.code);
      await list.reload();
      return `Deleted workflow profile ${p.code}`;
    });

  const set = (change: Partial<WorkflowProfile>) => editing && setEditing({ ...editing, profile: { ...editing.profile, ...change } });

  return (
    <>
      <h1>Workflow profiles</h1>
      <p className="lead">The optional steps of lending for the partners that use each profile; a profile in use cannot be deleted.</p>
      <StatusMessage message={saving.success || changing.success} />
      <ProblemAlert error={changing.problem ?? list.error} />
      {list.loading && !list.data ? <p>Loading…</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Workflow profiles by code</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Name</th>
                {steps.map((s) => <th scope="col" key={s.step}>{s.label}</th>)}
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((p) => (
                <tr key={p.code}>
                  <td>{p.code}</td>
                  <td>{p.name}</td>
                  {steps.map((s) => <td key={s.step}>{p[s.step] ? "Yes" : "No"}</td>)}
                  <td className="row-actions">
                    <button type="button" aria-label={`Edit ${p.code}`} onClick={() => { saving.reset(); setEditing({ profile: p, isNew: false }); }}>Edit</button>
                    <button type="button" className="danger" aria-label={`Delete ${p.code}`} onClick={() => void remove(p)}>Delete</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing === null ? (
        <p><button type="button" onClick={() => { saving.reset(); setEditing({ profile: blank, isNew: true }); }}>New workflow profile</button></p>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Workflow profile" className="account-form">
          <h2>{editing.isNew ? "New workflow profile" : `Edit workflow profile ${editing.profile.code}`}</h2>
          {editing.isNew && (
            <FormField id="profile-code" label="Code" errors={saving.fieldErrors("code")} hint="Letters, digits, _ and -.">
              {(control) => <input {...control} value={editing.profile.code} onChange={(e) => set({ code: e.target.value })} />}
            </FormField>
          )}
          <FormField id="profile-name" label="Name" errors={saving.fieldErrors("name")}>
            {(control) => <input {...control} value={editing.profile.name} onChange={(e) => set({ name: e.target.value })} />}
          </FormField>
          {steps.map((s) => (
            <FormField key={s.step} id={`profile-${s.step}`} label={s.label} checkbox errors={saving.fieldErrors(s.step)}>
              {(control) => <input {...control} type="checkbox" checked={editing.profile[s.step]} onChange={(e) => set({ [s.step]: e.target.checked })} />}
            </FormField>
          ))}
          <ProblemAlert error={saving.problem} shownFields={["code", "name", ...steps.map((s) => s.step)]} />
          <div className="form-actions">
            <button type="submit" disabled={saving.busy}>Save</button>
            <button type="button" className="secondary" onClick={() => setEditing(null)}>Cancel</button>
          </div>
        </form>
      )}
    </>
  );
}
