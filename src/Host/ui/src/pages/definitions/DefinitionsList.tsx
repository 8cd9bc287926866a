import { definitions } from "../../api/library";
import type { DefinitionSummary } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useLoad } from "../../components/useLoad";
import { dateTime } from "../../components/format";

interface DefinitionRow {
  id: string;
  newest: DefinitionSummary;
  versions: DefinitionSummary[];
}

/** One row per definition, its versions oldest first; the newest published one is what new requests start on. */
function rowsOf(list: DefinitionSummary[]): DefinitionRow[] {
  const byId = new Map<string, DefinitionSummary[]>();
  for (const d of list) byId.set(d.id, [...(byId.get(d.id) ?? []), d]);
  return [...byId.entries()].map(([id, versions]) => {
    const sorted = versions.sort((a, b) => a.version - b.version);
    const newest = sorted.filter((v) => v.published).at(-1) ?? sorted.at(-1)!;
    return { id, versions: sorted, newest };
  });
}

export function DefinitionsList() {
  const list = useLoad(definitions.list, []);
  return (
    <>
      <h1>Workflow definitions</h1>
      <p className="lead">Each request type runs one flowchart. Publishing stores a new version; running requests stay on theirs.</p>
      <ProblemAlert error={list.error} />
      {list.loading && !list.data ? <p>Loading…</p> : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Name</th>
                <th scope="col">Versions</th>
                <th scope="col">Newest from</th>
              </tr>
            </thead>
            <tbody>
              {rowsOf(list.data ?? []).map((row) => (
                <tr key={row.id}>
                  <td><Link href={`/definitions/${encodeURIComponent(row.id)}/${row.newest.version}`}>{row.id}</Link></td>
                  <td>{row.newest.name}</td>
                  <td>
                    <ul className="inline-list">
                      {row.versions.map((v) => (
                        <li key={v.version}>
                          <Link href={`/definitions/${encodeURIComponent(v.id)}/${v.version}`} aria-label={`${v.id} version ${v.version}`}>
                            v{v.version}
                          </Link>
                          {!v.published && " (draft)"}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{row.newest.source}, {dateTime(row.newest.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
