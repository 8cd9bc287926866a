import { useState } from "react";
import { lendingRequests } from "../../api/library";
import type { LendingRequestFilter, LendingRequestView } from "../../api/types";
import { PageCount, Pager } from "../../components/Pager";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
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
  const actions = useLendingActions((view: LendingRequestView, message: string) => {
    setStatus(`${message}; status ${view.status}`);
    void list.reload();
  });

  const page = list.data;
  const goTo = (number: number) => setFilter({ ...filter, page: number === 1 ? undefined : number });
  return (
    <>
      <h1>Lending requests</h1>
      <LendingFacets filter={filter} onChange={setFilter} />
      <StatusMessage message={status} />
      <ProblemAlert error={actions.direct.problem ?? list.error} />
      {list.loading && !page ? <p>Loading…</p> : !page || page.items.length === 0 ? <p>No lending request matches.</p> : (
        <>
          <PageCount paged={page} one="request" many="requests" />
          <div className="table-scroll">
            <table className="requests">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Partner</th>
                  <th scope="col">Status</th>
                  <th scope="col">Format</th>
                  <th scope="col">Barcode</th>
                  <th scope="col">Assignee</th>
                  <th scope="col">Due</th>
                  <th scope="col">Updated</th>
                  <th scope="col">Actions</th>
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
          <Pager paged={page} label="Pages" onPage={goTo} />
        </>
      )}
    </>
  );
}
