import { useState } from "react";
import { useTranslation } from "react-i18next";
import { lendingRequests } from "../../api/library";
import type { LendingRequestFilter, LendingRequestView } from "../../api/types";
import { PageCount, Pager } from "../../components/Pager";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useLabels } from "../../i18n/labels";
import { LendingFacets } from "./LendingFacets";
import { LendingRequestRows } from "./LendingRequestRows";
import { useLendingActions } from "./useLendingActions";

/**
 * The lending task list (Alma: Managing Resource Sharing Lending Requests): the requests partners sent, the active
 * ones to begin with, filtered by facets or searched, a page at a time, each with the actions it allows now.
 */
export function LendingRequests() {
  const [filter, setFilter] = useState<LendingRequestFilter>({ queue: "active" });
  const list = useLoad(() => lendingRequests.list(filter), [filter]);
  const [status, setStatus] = useState("");
  const { t } = useTranslation("lending-requests");
  const labels = useLabels();
  const actions = useLendingActions((view: LendingRequestView, message: string) => {
    setStatus(t("statusAfter", { message, status: labels.lendingStatus(view.status) }));
    void list.reload();
  });

  const page = list.data;
  const goTo = (number: number) => setFilter({ ...filter, page: number === 1 ? undefined : number });
  return (
    <>
      <h1>{t("title")}</h1>
      <LendingFacets filter={filter} onChange={setFilter} />
      <StatusMessage message={status} />
      <ProblemAlert error={actions.direct.problem ?? list.error} />
      {list.loading && !page ? <p>{t("loading")}</p> : !page || page.items.length === 0 ? <p>{t("none")}</p> : (
        <>
          <PageCount paged={page} counted={t("count", { count: page.total })} />
          <div className="table-scroll">
            <table className="requests">
              <thead>
                <tr>
                  <th scope="col">{t("column.title")}</th>
                  <th scope="col">{t("column.partner")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("column.format")}</th>
                  <th scope="col">{t("column.barcode")}</th>
                  <th scope="col">{t("column.assignee")}</th>
                  <th scope="col">{t("column.due")}</th>
                  <th scope="col">{t("column.updated")}</th>
                  <th scope="col">{t("actions")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((r) => (
                  <LendingRequestRows key={r.id} request={r} busy={actions.direct.busy}
                    panel={actions.open?.requestId === r.id ? actions.open.action : null}
                    onOpen={(action) => { setStatus(""); actions.openForm(r.id, action); }}
                    onDirect={(action) => { setStatus(""); actions.runDirect(r, action); }}
                    onFinished={actions.finish} onClose={actions.close} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager paged={page} label={t("pages")} onPage={goTo} />
        </>
      )}
    </>
  );
}
