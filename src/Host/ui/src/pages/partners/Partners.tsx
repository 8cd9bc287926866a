import { useState } from "react";
import { partners, workflowProfiles } from "../../api/library";
import type { Partner } from "../../api/types";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { PartnerForm } from "./PartnerForm";

const load = async () => ({ partners: await partners.list(), profiles: await workflowProfiles.list() });

/**
 * The resource-sharing partners lending requests name by code: any staff reads them, administrators register and
 * change them. A partner with requests is deactivated rather than deleted, so the API refuses its deletion.
 */
export function Partners() {
  const administers = can.administer(useAccount());
  const list = useLoad(load, []);
  const [editing, setEditing] = useState<Partner | "new" | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const changing = useSubmit();

  const saved = (p: Partner) =>
    changing.run(async () => {
      setEditing(null);
      await list.reload();
      return `Saved partner ${p.code}`;
    });

  const remove = (p: Partner) =>
    changing.run(async () => {
      setConfirming(null);
      await partners.remove(p.code);
      await list.reload();
      return `Deleted partner ${p.code}`;
    });

  return (
    <>
      <h1>Partners</h1>
      <p className="lead">The libraries we lend to. A lending request keeps the partner and workflow profile it came in with.</p>
      <StatusMessage message={changing.success} />
      <ProblemAlert error={changing.problem ?? list.error} />
      {administers && editing === null && (
        <p><button type="button" onClick={() => { changing.reset(); setEditing("new"); }}>Register a partner</button></p>
      )}
      {editing !== null && list.data && (
        <PartnerForm key={editing === "new" ? "new" : editing.code} partner={editing === "new" ? null : editing} profiles={list.data.profiles}
          onSaved={(p) => void saved(p)} onCancel={() => setEditing(null)} />
      )}
      {list.loading && !list.data ? <p>Loading…</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Partners by code</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">E-mail / ISO symbol</th>
                <th scope="col">Workflow profile</th>
                <th scope="col">Language</th>
                <th scope="col">Active</th>
                {administers && <th scope="col"><span className="visually-hidden">Actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {(list.data?.partners ?? []).map((p) => (
                <tr key={p.code}>
                  <td>{p.code}</td>
                  <td>{p.name}</td>
                  <td>{p.profileType}</td>
                  <td>{[p.email, p.isoSymbol].filter(Boolean).join(" · ")}{p.hasSharedSecret ? " (shared secret set)" : ""}</td>
                  <td>{p.workflowProfile}</td>
                  <td>{p.language}</td>
                  <td>{p.active ? "Yes" : "No"}</td>
                  {administers && (
                    <td className="row-actions">
                      {confirming !== p.code ? (
                        <>
                          <button type="button" aria-label={`Edit ${p.code}`} onClick={() => { changing.reset(); setEditing(p); }}>Edit</button>
                          <button type="button" className="danger" aria-label={`Delete ${p.code}`} onClick={() => setConfirming(p.code)}>Delete</button>
                        </>
                      ) : (
                        <>
                          <button type="button" className="danger" onClick={() => void remove(p)}>Delete {p.code} for good</button>
                          <button type="button" className="secondary" onClick={() => setConfirming(null)}>Keep it</button>
                        </>
                      )}
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
