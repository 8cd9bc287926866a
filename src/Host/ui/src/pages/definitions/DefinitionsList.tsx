import { definitions } from "../../api/library";
import type { DefinitionSummary } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { dateTime } from "../../components/format";

interface DefinitionRow {
  id: string;
  versions: DefinitionSummary[];
  /** The version new requests start on; none while a new definition has only drafts. */
  active?: DefinitionSummary;
  /** The newest draft when it is newer than the active version: what an administrator reviews and activates next. */
  newestDraft?: DefinitionSummary;
  /** The version active before: a rollback activates it. */
  previous?: DefinitionSummary;
}

/** One row per definition, its versions oldest first. */
function rowsOf(list: DefinitionSummary[]): DefinitionRow[] {
  const byId = new Map<string, DefinitionSummary[]>();
  for (const d of list) byId.set(d.id, [...(byId.get(d.id) ?? []), d]);
  return [...byId.entries()].map(([id, versions]) => {
    const sorted = versions.sort((a, b) => a.version - b.version);
    const active = sorted.find((v) => v.state === "active");
    const draft = sorted.filter((v) => v.state === "draft").at(-1);
    return {
      id,
      versions: sorted,
      active,
      newestDraft: draft && draft.version > (active?.version ?? 0) ? draft : undefined,
      previous: sorted.find((v) => v.state === "previous"),
    };
  });
}

export function DefinitionsList() {
  const list = useLoad(definitions.list, []);
  const acting = useSubmit();

  const activate = (version: DefinitionSummary, done: string) =>
    acting.run(async () => {
      await definitions.activate(version.id, version.version);
      await list.reload();
      return done;
    });

  return (
    <>
      <h1>Workflow definitions</h1>
      <p className="lead">
        Each request type runs one definition: a flowchart, or a state machine of statuses and actions. Publishing stores
        a draft; new requests start on the version an administrator activates, and running requests stay on theirs.
      </p>
      <p><Link href="/definitions/import">Import a definition file</Link> to review and edit it before publishing.</p>
      <StatusMessage message={acting.success} />
      <ProblemAlert error={acting.problem ?? list.error} />
      {list.loading && !list.data ? <p>Loading…</p> : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Name</th>
                <th scope="col">Versions</th>
                <th scope="col">Active since</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rowsOf(list.data ?? []).map((row) => {
                const shown = row.active ?? row.versions.at(-1)!;
                return (
                  <tr key={row.id}>
                    <td><Link href={`/definitions/${encodeURIComponent(row.id)}/${shown.version}`}>{row.id}</Link></td>
                    <td>{shown.name}</td>
                    <td>
                      <ul className="inline-list">
                        {row.versions.map((v) => (
                          <li key={v.version}>
                            <Link href={`/definitions/${encodeURIComponent(v.id)}/${v.version}`} aria-label={`${v.id} version ${v.version}`}>
                              v{v.version}
                            </Link>{" "}
                            <span className={`version-state ${v.state}`}>{v.state}</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{row.active ? `${dateTime(row.active.activatedAt)}, by ${row.active.activatedBy}` : "none active"}</td>
                    <td className="row-actions">
                      {row.newestDraft && (
                        <button type="button" disabled={acting.busy}
                          onClick={() => activate(row.newestDraft!, `Version ${row.newestDraft!.version} of ${row.id} is active`)}>
                          Activate v{row.newestDraft.version}
                        </button>
                      )}
                      {row.previous && (
                        <button type="button" className="secondary" disabled={acting.busy}
                          onClick={() => activate(row.previous!, `${row.id} rolled back to version ${row.previous!.version}`)}>
                          Roll back to v{row.previous.version}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
