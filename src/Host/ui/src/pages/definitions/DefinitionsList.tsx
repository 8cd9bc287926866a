import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("definitions");

  const activate = (version: DefinitionSummary, done: string) =>
    acting.run(async () => {
      await definitions.activate(version.id, version.version);
      await list.reload();
      return done;
    });

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p><Link href="/definitions/import">{t("importLink")}</Link>{t("importAfter")}</p>
      <p><Link href="/definitions/import-elsa">{t("elsaLink")}</Link>{t("elsaAfter")}</p>
      <StatusMessage message={acting.success} />
      <ProblemAlert error={acting.problem ?? list.error} />
      {list.loading && !list.data ? <p>{t("loading")}</p> : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("column.id")}</th>
                <th scope="col">{t("column.name")}</th>
                <th scope="col">{t("column.versions")}</th>
                <th scope="col">{t("column.activeSince")}</th>
                <th scope="col">{t("actions")}</th>
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
                            <Link href={`/definitions/${encodeURIComponent(v.id)}/${v.version}`} aria-label={t("versionOf", { id: v.id, version: v.version })}>
                              v{v.version}
                            </Link>{" "}
                            <span className={`version-state ${v.state}`}>{t(`state.${v.state}`)}</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{row.active ? t("activeBy", { when: dateTime(row.active.activatedAt), by: row.active.activatedBy }) : t("noneActive")}</td>
                    <td className="row-actions">
                      {row.newestDraft && (
                        <button type="button" disabled={acting.busy}
                          onClick={() => activate(row.newestDraft!, t("activated", { version: row.newestDraft!.version, id: row.id }))}>
                          {t("activate", { version: row.newestDraft.version })}
                        </button>
                      )}
                      {row.previous && (
                        <button type="button" className="secondary" disabled={acting.busy}
                          onClick={() => activate(row.previous!, t("rolledBack", { id: row.id, version: row.previous!.version }))}>
                          {t("rollBack", { version: row.previous.version })}
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
