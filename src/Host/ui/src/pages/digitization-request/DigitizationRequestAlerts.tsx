import type { DigitizationRequestView } from "../../api/types";

/**
 * What staff should notice about the digitization request: a cancellation or rejection and why, a pending approval
 * that holds it up, the lending request it was made for (Alma: Managing Resource Sharing Lending Requests,
 * 通过数字化发送纸本资源, i.e. supplying a physical item by digitization). Shown as a note, not role="alert": nothing
 * failed on this page. Failed workflow steps have a section of their own (DigitizationRequestFaults).
 */
export function DigitizationRequestAlerts({ request }: { request: DigitizationRequestView }) {
  const alerts: string[] = [];
  if (request.cancellation) alerts.push(`Cancelled: ${request.cancellation.reason}${request.cancellation.note ? ` — ${request.cancellation.note}` : ""}`);
  if (request.approval?.status === "pending") alerts.push(`Waiting for approval (${request.approval.management})`);
  if (request.approval?.status === "rejected") alerts.push(`Rejected: ${request.approval.reason ?? ""}`);
  if (request.lendingRequestId) alerts.push(`Created for lending request ${request.lendingRequestId}`);
  return (
    <section aria-labelledby="alerts-heading" className="alerts">
      <h2 id="alerts-heading">Alerts</h2>
      {alerts.length === 0 ? <p>No alerts.</p> : <ul>{alerts.map((a) => <li key={a}>{a}</li>)}</ul>}
    </section>
  );
}
