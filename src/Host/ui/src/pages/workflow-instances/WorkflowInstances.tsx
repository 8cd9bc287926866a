import { useState } from "react";
import { useTranslation } from "react-i18next";
import { workflowInstances } from "../../api/library";
import type { WorkflowInstanceFilter } from "../../api/types";
import { Link } from "../../router";
import { PageCount, Pager } from "../../components/Pager";
import { ProblemAlert } from "../../components/ProblemAlert";
import { dateTime } from "../../components/format";
import { useLoad } from "../../components/useLoad";
import { InstanceFilters } from "./InstanceFilters";

/**
 * The workflow instances of every definition, the most recently changed first, by definition and status, a page at a
 * time: where an administrator finds the faulted ones, and those started by hand.
 */
export function WorkflowInstances() {
  const { t } = useTranslation("workflow-instances");
  const [filter, setFilter] = useState<WorkflowInstanceFilter>({});
  const list = useLoad(() => workflowInstances.list(filter), [filter]);

  const page = list.data;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <InstanceFilters filter={filter} onChange={setFilter} />
      <ProblemAlert error={list.error} />
      {list.loading && !page ? <p>{t("loading")}</p> : !page || page.items.length === 0 ? <p>{t("none")}</p> : (
        <>
          <PageCount paged={page} counted={t("count", { count: page.total })} />
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("column.instance")}</th>
                  <th scope="col">{t("column.version")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("column.serves")}</th>
                  <th scope="col">{t("column.fault")}</th>
                  <th scope="col">{t("column.updated")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((i) => (
                  <tr key={i.id}>
                    <td><Link href={`/workflow-instances/${i.id}`}><code>{i.id}</code></Link></td>
                    <td>{t("versionOf", { definition: i.definition, version: i.version })}</td>
                    <td>{t(`statuses.${i.status}`)}</td>
                    <td>{i.correlationId ?? ""}</td>
                    <td>{i.fault ?? ""}</td>
                    <td>{dateTime(i.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager paged={page} label={t("pages")} onPage={(number) => setFilter({ ...filter, page: number === 1 ? undefined : number })} />
        </>
      )}
    </>
  );
}
