import { useState } from "react";
import { useTranslation } from "react-i18next";
import { lendingRequests } from "../../api/library";
import type { LendingRequestView } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { StepHistory } from "../../components/StepHistory";
import { date, dateTime } from "../../components/format";
import { useLabels } from "../../i18n/labels";
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
    setStatus(t("statusAfter", { message, status: labels.lendingStatus(view.status) }));
  });
  const dismissing = useSubmit();
  const { t } = useTranslation("lending-request");
  const labels = useLabels();

  const r = request.data;
  if (!r) {
    return (
      <>
        <h1>{t("title")}</h1>
        <ProblemAlert error={request.error} />
        {!request.error && <p>{t("loading")}</p>}
      </>
    );
  }
  const target = targetOf(r);
  const open = actions.open?.requestId === r.id ? actions.open.action : null;

  return (
    <>
      <p className="breadcrumb no-print"><Link href="/lending">{t("list")}</Link></p>
      <h1>{r.item.title}</h1>
      <p className="status-line">{t("status", { status: labels.lendingStatus(r.status) })}</p>

      <div className="row-actions page-actions no-print" aria-label={t("actions")} role="group">
        <LendingActionButtons request={target} open={open} busy={actions.direct.busy}
          onOpen={(action) => { setStatus(""); actions.openForm(r.id, action); }}
          onDirect={(action) => { setStatus(""); actions.runDirect(target, action); }} />
      </div>
      {open && <LendingActionPanel action={open} request={target} onDone={actions.finish} onClose={actions.close} />}
      <StatusMessage message={status || dismissing.success} />
      <ProblemAlert error={actions.direct.problem ?? dismissing.problem} />

      <LendingAlerts request={r} submission={dismissing} onDismissed={show} />

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t("general")}</h2>
        <dl className="facts">
          <dt>{t("partner")}</dt>
          <dd>{r.partner.name} ({r.partner.code}, {r.partner.profileType}){r.partner.email && `, ${r.partner.email}`}</dd>
          <dt>{t("partnersRequest")}</dt><dd>{r.externalId}</dd>
          <dt>{t("requestedFormat")}</dt><dd>{r.requestedFormat}</dd>
          <dt>{t("item")}</dt>
          <dd>
            {r.item.barcode} ({r.item.library} / {r.item.location}){!r.item.located && t("notFound")}
            {r.item.author && <><br />{r.item.author}</>}{r.item.isbn && <><br />{t("isbn", { isbn: r.item.isbn })}</>}
          </dd>
          {r.requesterEmail && <><dt>{t("requester")}</dt><dd>{r.requesterEmail}</dd></>}
          {r.neededBy && <><dt>{t("neededBy")}</dt><dd>{date(r.neededBy)}</dd></>}
          {r.note && <><dt>{t("partnersNote")}</dt><dd>{r.note}</dd></>}
          <dt>{t("assignee")}</dt><dd>{r.assignee ?? t("unassigned")}</dd>
          {r.dueDate && <><dt>{t("due")}</dt><dd>{r.dueDate}</dd></>}
          {r.shippedBarcodes.length > 0 && <><dt>{t("shipped")}</dt><dd>{r.shippedBarcodes.join(", ")}</dd></>}
          {r.digitalShipment && (
            <>
              <dt>{t("shippedDigitally")}</dt>
              <dd>
                {[...r.digitalShipment.files.map((f) => f.fileName), r.digitalShipment.url ?? ""].filter(Boolean).join(", ")}
                {r.digitalShipment.termsOfUse && t("termsOfUse", { terms: r.digitalShipment.termsOfUse })}
              </dd>
            </>
          )}
          {r.rejectionReason && <><dt>{t("rejectionReason")}</dt><dd>{labels.reason(r.rejectionReason)}</dd></>}
          {r.condition && (
            <>
              <dt>{t("conditions")}</dt>
              <dd>{r.condition.reason && labels.reason(r.condition.reason)}{r.condition.replyBy && t("replyBy", { date: date(r.condition.replyBy) })}{t("acceptingReturns", { status: labels.lendingStatus(r.condition.interruptedStatus) })}</dd>
            </>
          )}
          {r.cancelRequest && <><dt>{t("cancelRequested")}</dt><dd>{t("refusingReturns", { status: labels.lendingStatus(r.cancelRequest.interruptedStatus) })}</dd></>}
          <dt>{t("created")}</dt><dd>{dateTime(r.createdAt)}</dd>
          <dt>{t("updated")}</dt><dd>{dateTime(r.updatedAt)}</dd>
          <dt>{t("partnerProfile")}</dt>
          <dd>
            {[
              r.partner.profile.willSupplyStep && t("profile.willSupplyStep"),
              r.partner.profile.manualRenewStep && t("profile.manualRenewStep"),
              r.partner.profile.reactivateStep && t("profile.reactivateStep"),
              r.partner.profile.awaitDigitalReceipt && t("profile.awaitDigitalReceipt"),
              r.partner.profile.isoCheckInMessage && t("profile.isoCheckInMessage"),
            ].filter(Boolean).join(", ") || t("profile.none")}
          </dd>
        </dl>
      </section>

      <LendingProcess request={r} />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("history")}</h2>
        <StepHistory history={r.history} />
      </section>

      <LendingCommunications request={r} onHistoryChanged={request.reload} />
      <LendingNotes request={r} onAdded={show} />
      <ShippingSlip request={r} />
    </>
  );
}
