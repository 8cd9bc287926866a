import { useTranslation } from "react-i18next";
import type { DigitizationRequestView } from "../../api/types";
import { managementLabel } from "../../components/format";
import { useLabels } from "../../i18n/labels";

/**
 * What staff should notice about the digitization request: a cancellation or rejection and why, a pending approval
 * that holds it up, the lending request it was made for (Alma: Managing Resource Sharing Lending Requests,
 * 通过数字化发送纸本资源, i.e. supplying a physical item by digitization). Shown as a note, not role="alert": nothing
 * failed on this page. Failed workflow steps have a section of their own (DigitizationRequestFaults).
 */
export function DigitizationRequestAlerts({ request }: { request: DigitizationRequestView }) {
  const { t } = useTranslation("digitization-request");
  const labels = useLabels();
  const alerts: string[] = [];
  if (request.cancellation) {
    const reason = labels.reason(request.cancellation.reason);
    alerts.push(t("alerts.cancelled", { reason: request.cancellation.note ? `${reason} — ${request.cancellation.note}` : reason }));
  }
  if (request.approval?.status === "pending") alerts.push(t("alerts.waiting", { management: managementLabel(request.approval.management) }));
  if (request.approval?.status === "rejected") alerts.push(t("alerts.rejected", { reason: request.approval.reason ? labels.reason(request.approval.reason) : "" }));
  if (request.lendingRequestId) alerts.push(t("alerts.forLending", { id: request.lendingRequestId }));
  return (
    <section aria-labelledby="alerts-heading" className="alerts">
      <h2 id="alerts-heading">{t("alerts.title")}</h2>
      {alerts.length === 0 ? <p>{t("alerts.none")}</p> : <ul>{alerts.map((a) => <li key={a}>{a}</li>)}</ul>}
    </section>
  );
}
