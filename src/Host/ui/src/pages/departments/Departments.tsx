import { useTranslation } from "react-i18next";
import { accounts, departments } from "../../api/library";
import type { Department } from "../../api/types";
import { commaList } from "../../components/commaList";
import { number } from "../../components/format";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useRowEditing } from "../../components/useRowEditing";
import { Link } from "../../router";
import { DepartmentForm } from "./DepartmentForm";
import { operatorsOf } from "./departmentOperators";

const load = async () => ({ departments: await departments.list(), accounts: await accounts.list() });

/**
 * The digitization departments (Alma: Configuring Digitization, Digitization Departments): work time, the libraries
 * each serves, and its operators. Operators are changed on the account's page, where the role is granted.
 */
export function Departments() {
  const { t } = useTranslation("departments");
  const list = useLoad(load, []);
  const { editing, setEditing, changing, open, saved } = useRowEditing<Department, never>(list.reload);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <StatusMessage message={changing.success} />
      <ProblemAlert error={changing.problem ?? list.error} />
      {editing === null && <p><button type="button" onClick={() => open("new")}>{t("add")}</button></p>}
      {editing !== null && (
        <DepartmentForm key={editing === "new" ? "new" : editing.code} department={editing === "new" ? null : editing}
          onSaved={(d) => void saved(t("saved", { code: d.code }))} onCancel={() => setEditing(null)} />
      )}
      {list.loading && !list.data ? <p>{t("loading")}</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("column.code")}</th>
                <th scope="col">{t("column.name")}</th>
                <th scope="col">{t("column.workTime")}</th>
                <th scope="col">{t("column.servedLibraries")}</th>
                <th scope="col">{t("column.operators")}</th>
                <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {(list.data?.departments ?? []).map((d) => {
                const operators = operatorsOf(list.data?.accounts ?? [], d.code);
                return (
                  <tr key={d.code}>
                    <td>{d.code}</td>
                    <td>{d.name}{d.description && <div className="hint">{d.description}</div>}</td>
                    <td>{d.workTimeDays === null || d.workTimeDays === undefined ? t("noLimit") : number(d.workTimeDays)}</td>
                    <td>{d.servesWholeInstitution ? t("wholeInstitution") : commaList(d.servedLibraries)}</td>
                    <td>
                      {operators.length === 0 ? t("noOperator") : (
                        <ul className="plain-list" aria-label={t("operatorsOf", { code: d.code })}>
                          {operators.map((a) => (
                            <li key={a.userName}>
                              <Link href={`/accounts/${encodeURIComponent(a.userName)}`}>{a.displayName || a.userName}</Link>
                              {!a.active && <span className="tag">{t("inactive")}</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="row-actions">
                      <button type="button" aria-label={t("editLabel", { code: d.code })} onClick={() => open(d)}>{t("edit")}</button>
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
