import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../i18n/labels";
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
  const { t } = useTranslation("digitization-requests");
  const labels = useLabels();

  const finished = (view: DigitizationRequestView, message: string) => {
    setPanel(null);
    setStatus(t("statusAfter", { message, status: labels.digitizationStatus(view.status) }));
    void list.reload();
  };

  const act = (request: DigitizationRequestSummary, action: () => Promise<DigitizationRequestView>, label: string) => {
    setStatus("");
    void rowAction.run(async () => finished(await action(), t("titled", { label, title: request.title })));
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
      <h1>{t("title")}</h1>
      <CreateRequestLink />
      <RequestSearchBox id="requests-find" value={filter.q ?? ""} onSearch={(q) => setFilter({ ...filter, q: q || undefined })} />
      <DigitizationRequestFacets filter={filter} departments={departmentList.data ?? []} onChange={setFilter} />
      <StatusMessage message={status} />
      <ProblemAlert error={rowAction.problem ?? list.error ?? departmentList.error ?? cancelReasons.error} />
      {list.loading && !list.data ? <p>{t("loading")}</p> : rows.length === 0 ? <p>{t("none")}</p> : (
        <div className="table-scroll">
          <table className="requests">
            <thead>
              <tr>
                <th scope="col">{t("column.title")}</th>
                <th scope="col">{t("column.barcode")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("column.requestType")}</th>
                <th scope="col">{t("column.department")}</th>
                <th scope="col">{t("column.target")}</th>
                <th scope="col">{t("column.requester")}</th>
                <th scope="col">{t("column.updated")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <DigitizationRequestRows key={r.id} request={r} panel={panel?.requestId === r.id ? panel.action : null}
                  cancelReasons={cancelReasons.data ?? []}
                  onNextStep={() => act(r, () => digitizationRequests.nextStep(r.id), t("action.nextStep"))}
                  onDone={() => act(r, () => digitizationRequests.done(r.id), t("action.done"))}
                  onChangeInventory={(run, message) => act(r, run, message)}
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
