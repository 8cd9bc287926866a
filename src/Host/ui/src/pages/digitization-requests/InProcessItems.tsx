import { useState } from "react";
import { departments, digitizationRequests } from "../../api/library";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import type {
  DigitizationRequestAction, DigitizationRequestFilter, DigitizationRequestSummary, DigitizationRequestView,
} from "../../api/types";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { CreateRequestLink } from "../new-request/CreateRequestLink";
import { RequestSearchBox } from "../request-tools/RequestSearchBox";
import { DigitizationRequestFacets } from "./DigitizationRequestFacets";
import { DigitizationRequestRows, type PanelAction } from "./DigitizationRequestRows";

type OpenPanel = { requestId: string; action: PanelAction } | null;

/**
 * The In Process Items page (Alma: Digitization Processing, Digitizing Items): the department's digitization requests
 * by status, with the actions valid for each now, offered to Work Order Operators at the request's department.
 */
export function InProcessItems() {
  const account = useAccount();
  const [filter, setFilter] = useState<DigitizationRequestFilter>({});
  const list = useLoad(() => digitizationRequests.list(filter), [filter]);
  const departmentList = useLoad(departments.list, []);
  const cancelReasons = useLoad(digitizationRequests.cancelReasons, []);
  const [panel, setPanel] = useState<OpenPanel>(null);
  // The status line reports the row actions and the panels' forms alike.
  const [status, setStatus] = useState("");
  const rowAction = useSubmit();

  const finished = (view: DigitizationRequestView, message: string) => {
    setPanel(null);
    setStatus(`${message}; status ${view.status}`);
    void list.reload();
  };

  const act = (request: DigitizationRequestSummary, action: () => Promise<DigitizationRequestView>, label: string) => {
    setStatus("");
    void rowAction.run(async () => finished(await action(), `${label}: ${request.title}`));
  };

  const has = (r: DigitizationRequestSummary, action: DigitizationRequestAction) =>
    can.workOnRequestAt(account, r.department) && r.actions.includes(action);
  const open = (r: DigitizationRequestSummary, action: PanelAction) => {
    rowAction.reset();
    setPanel({ requestId: r.id, action });
  };

  const rows = list.data ?? [];
  return (
    <>
      <h1>In-process items</h1>
      <CreateRequestLink />
      <RequestSearchBox id="requests-find" value={filter.q ?? ""} onSearch={(q) => setFilter({ ...filter, q: q || undefined })} />
      <DigitizationRequestFacets filter={filter} departments={departmentList.data ?? []} onChange={setFilter} />
      <StatusMessage message={status} />
      <ProblemAlert error={rowAction.problem ?? list.error ?? departmentList.error ?? cancelReasons.error} />
      {list.loading && !list.data ? <p>Loading…</p> : rows.length === 0 ? <p>No request matches.</p> : (
        <div className="table-scroll">
          <table className="requests">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Barcode</th>
                <th scope="col">Status</th>
                <th scope="col">Request type</th>
                <th scope="col">Department</th>
                <th scope="col">Target</th>
                <th scope="col">Requester</th>
                <th scope="col">Updated</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <DigitizationRequestRows key={r.id} request={r} panel={panel?.requestId === r.id ? panel.action : null}
                  cancelReasons={cancelReasons.data ?? []}
                  onNextStep={() => act(r, () => digitizationRequests.nextStep(r.id), "Next Step")}
                  onDone={() => act(r, () => digitizationRequests.done(r.id), "Done")}
                  onOpen={(action) => open(r, action)}
                  onFinished={finished}
                  onClose={() => setPanel(null)}
                  has={(action) => has(r, action)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
