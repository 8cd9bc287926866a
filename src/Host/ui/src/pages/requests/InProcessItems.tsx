import { useState } from "react";
import { departments, requests, type RequestFilter } from "../../api/library";
import type { RequestAction, RequestSummary, RequestView } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { dateTime, targetLabel } from "../../components/format";
import { AttachPanel, CancelPanel, RepresentationPanel } from "./ActionPanels";
import { RequestFacets } from "./RequestFacets";

type Panel = { requestId: string; action: "attach" | "add-representation" | "cancel" } | null;

/** Seed 002's In Process Items: the department's requests by status, with the actions valid for each now. */
export function InProcessItems() {
  const [filter, setFilter] = useState<RequestFilter>({});
  const list = useLoad(() => requests.list(filter), [filter]);
  const departmentList = useLoad(departments.list, []);
  const cancelReasons = useLoad(requests.cancelReasons, []);
  const [panel, setPanel] = useState<Panel>(null);
  // The status line reports the row actions and the panels' forms alike.
  const [status, setStatus] = useState("");
  const rowAction = useSubmit();

  const finished = (view: RequestView, message: string) => {
    setPanel(null);
    setStatus(`${message}; status ${view.status}`);
    void list.reload();
  };

  const act = (request: RequestSummary, action: () => Promise<RequestView>, label: string) => {
    setStatus("");
    void rowAction.run(async () => finished(await action(), `${label}: ${request.title}`));
  };

  const has = (r: RequestSummary, action: RequestAction) => r.actions?.includes(action) ?? false;
  const open = (r: RequestSummary, action: NonNullable<Panel>["action"]) => {
    rowAction.reset();
    setPanel({ requestId: r.id, action });
  };

  const rows = list.data ?? [];
  return (
    <>
      <h1>In-process items</h1>
      <RequestFacets filter={filter} departments={departmentList.data ?? []} onChange={setFilter} />
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
                <RequestRows key={r.id} request={r} panel={panel?.requestId === r.id ? panel.action : null}
                  cancelReasons={cancelReasons.data ?? []}
                  onNextStep={() => act(r, () => requests.nextStep(r.id), "Next Step")}
                  onDone={() => act(r, () => requests.done(r.id), "Done")}
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

interface RequestRowsProps {
  request: RequestSummary;
  panel: NonNullable<Panel>["action"] | null;
  cancelReasons: string[];
  has: (action: RequestAction) => boolean;
  onNextStep: () => void;
  onDone: () => void;
  onOpen: (action: NonNullable<Panel>["action"]) => void;
  onFinished: (view: RequestView, message: string) => void;
  onClose: () => void;
}

/** A request's row, and under it the form of the action being taken on it. */
function RequestRows({ request: r, panel, cancelReasons, has, onNextStep, onDone, onOpen, onFinished, onClose }: RequestRowsProps) {
  return (
    <>
      <tr>
        <td>
          <Link href={`/requests/${r.id}`}>{r.title}</Link>
          {r.partTitle && <div className="subtle">{r.partTitle}</div>}
        </td>
        <td>{r.barcode}</td>
        <td>{r.status}</td>
        <td>{r.scope}</td>
        <td>{r.department}</td>
        <td>{targetLabel(r.target)}</td>
        <td>{r.requesterId}</td>
        <td>{dateTime(r.updatedAt)}</td>
        <td className="row-actions">
          {has("next-step") && <button type="button" onClick={onNextStep}>Next Step</button>}
          {has("attach") && <button type="button" onClick={() => onOpen("attach")} aria-expanded={panel === "attach"}>Attach documents</button>}
          {has("add-representation") && (
            <button type="button" onClick={() => onOpen("add-representation")} aria-expanded={panel === "add-representation"}>Add digital inventory</button>
          )}
          {has("done") && <button type="button" onClick={onDone}>Done</button>}
          {has("cancel") && (
            <button type="button" className="danger" onClick={() => onOpen("cancel")} aria-expanded={panel === "cancel"}>Cancel</button>
          )}
        </td>
      </tr>
      {panel && (
        <tr className="panel-row">
          <td colSpan={9}>
            {panel === "attach" && <AttachPanel request={r} onDone={onFinished} onClose={onClose} />}
            {panel === "add-representation" && <RepresentationPanel request={r} onDone={onFinished} onClose={onClose} />}
            {panel === "cancel" && <CancelPanel request={r} reasons={cancelReasons} onDone={onFinished} onClose={onClose} />}
          </td>
        </tr>
      )}
    </>
  );
}
