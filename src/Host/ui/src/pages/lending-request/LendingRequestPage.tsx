import { useState } from "react";
import { lendingRequests } from "../../api/library";
import type { LendingRequestView } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { StepHistory } from "../../components/StepHistory";
import { dateTime } from "../../components/format";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { LendingActionButtons } from "../lending-requests/LendingActionButtons";
import { LendingActionPanel } from "../lending-requests/LendingActionPanel";
import { targetOf } from "../lending-requests/lendingActions";
import { useLendingActions } from "../lending-requests/useLendingActions";
import { LendingAlerts } from "./LendingAlerts";
import { LendingCommunications } from "./LendingCommunications";
import { LendingNotes } from "./LendingNotes";
import { LendingProcess } from "./LendingProcess";
import { ShippingSlip } from "./ShippingSlip";

/**
 * A lending request's page: what the partner asked for, the actions it allows now, its alerts, its process, what
 * happened so far, what passed between the library and the partner, notes, and the slip that goes with the parcel.
 */
export function LendingRequestPage({ requestId }: { requestId: string }) {
  const request = useLoad(() => lendingRequests.get(requestId), [requestId]);
  const [status, setStatus] = useState("");
  const show = (view: LendingRequestView) => request.setData(view);
  const actions = useLendingActions((view, message) => {
    show(view);
    setStatus(`${message}; status ${view.status}`);
  });
  const dismissing = useSubmit();

  const r = request.data;
  if (!r) {
    return (
      <>
        <h1>Lending request</h1>
        <ProblemAlert error={request.error} />
        {!request.error && <p>Loading…</p>}
      </>
    );
  }
  const target = targetOf(r);
  const open = actions.open?.requestId === r.id ? actions.open.action : null;

  return (
    <>
      <p className="breadcrumb no-print"><Link href="/lending">Lending requests</Link></p>
      <h1>{r.item.title}</h1>
      <p className="status-line">Status: {r.status}</p>

      <div className="row-actions page-actions no-print" aria-label="Actions" role="group">
        <LendingActionButtons request={target} open={open} busy={actions.direct.busy}
          onOpen={(action) => { setStatus(""); actions.openForm(r.id, action); }}
          onDirect={(action) => { setStatus(""); actions.runDirect(target, action); }} />
      </div>
      {open && <LendingActionPanel action={open} request={target} onDone={actions.finish} onClose={actions.close} />}
      <StatusMessage message={status || dismissing.success} />
      <ProblemAlert error={actions.direct.problem ?? dismissing.problem} />

      <LendingAlerts request={r} submission={dismissing} onDismissed={show} />

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">General</h2>
        <dl className="facts">
          <dt>Partner</dt>
          <dd>{r.partner.name} ({r.partner.code}, {r.partner.profileType}){r.partner.email && `, ${r.partner.email}`}</dd>
          <dt>Partner's request</dt><dd>{r.externalId}</dd>
          <dt>Requested format</dt><dd>{r.requestedFormat}</dd>
          <dt>Item</dt>
          <dd>
            {r.item.barcode} ({r.item.library} / {r.item.location}){!r.item.located && " — not found in the catalogue"}
            {r.item.author && <><br />{r.item.author}</>}{r.item.isbn && <><br />ISBN {r.item.isbn}</>}
          </dd>
          {r.requesterEmail && <><dt>Requester</dt><dd>{r.requesterEmail}</dd></>}
          {r.neededBy && <><dt>Needed by</dt><dd>{r.neededBy}</dd></>}
          {r.note && <><dt>Partner's note</dt><dd>{r.note}</dd></>}
          <dt>Assignee</dt><dd>{r.assignee ?? "Unassigned"}</dd>
          {r.dueDate && <><dt>Due</dt><dd>{r.dueDate}</dd></>}
          {r.shippedBarcodes.length > 0 && <><dt>Shipped</dt><dd>{r.shippedBarcodes.join(", ")}</dd></>}
          {r.digitalShipment && (
            <>
              <dt>Shipped digitally</dt>
              <dd>
                {[...r.digitalShipment.files.map((f) => f.fileName), r.digitalShipment.url ?? ""].filter(Boolean).join(", ")}
                {r.digitalShipment.termsOfUse && ` — terms of use: ${r.digitalShipment.termsOfUse}`}
              </dd>
            </>
          )}
          {r.rejectionReason && <><dt>Rejection reason</dt><dd>{r.rejectionReason}</dd></>}
          {r.condition && (
            <>
              <dt>Conditions</dt>
              <dd>{r.condition.reason}{r.condition.replyBy && `, reply by ${r.condition.replyBy}`} (accepting returns it to {r.condition.interruptedStatus})</dd>
            </>
          )}
          {r.cancelRequest && <><dt>Cancel requested</dt><dd>refusing returns it to {r.cancelRequest.interruptedStatus}</dd></>}
          <dt>Created</dt><dd>{dateTime(r.createdAt)}</dd>
          <dt>Updated</dt><dd>{dateTime(r.updatedAt)}</dd>
          <dt>Partner profile</dt>
          <dd>
            {[
              r.partner.profile.willSupplyStep && "Will Supply step",
              r.partner.profile.manualRenewStep && "manual renew",
              r.partner.profile.reactivateStep && "reactivation",
              r.partner.profile.awaitDigitalReceipt && "awaits digital receipt",
              r.partner.profile.isoCheckInMessage && "ISO check-in message",
            ].filter(Boolean).join(", ") || "no optional steps"}
          </dd>
        </dl>
      </section>

      <LendingProcess request={r} />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <StepHistory history={r.history} />
      </section>

      <LendingCommunications request={r} onHistoryChanged={request.reload} />
      <LendingNotes request={r} onAdded={show} />
      <ShippingSlip request={r} />
    </>
  );
}
