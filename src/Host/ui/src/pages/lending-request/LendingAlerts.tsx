import { lendingRequests } from "../../api/library";
import type { LendingRequestView } from "../../api/types";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { Link } from "../../router";
import { dateTime } from "../../components/format";
import type { Submission } from "../../components/useSubmit";

/** Where the move or digitization request an alert is about is shown. */
const linkOf = (message: string, id: string) => (message.startsWith("Move request") ? `/moves/${id}` : `/requests/${id}`);

/**
 * How the move and digitization requests this request started stand ("Move request completed"), until staff dismiss
 * the alert; a child that ends later shows again. Shown as a note, not role="alert": nothing failed on this page.
 */
export function LendingAlerts({ request, submission, onDismissed }: {
  request: LendingRequestView; submission: Submission; onDismissed: (view: LendingRequestView) => void;
}) {
  const mayDismiss = can.workOnLendingAt(useAccount(), request.item.library);
  const dismiss = (alertId: string, message: string) =>
    void submission.run(async () => {
      onDismissed(await lendingRequests.dismissAlert(request.id, alertId));
      return `Dismissed the alert "${message}"`;
    });
  return (
    <section aria-labelledby="alerts-heading" className="alerts">
      <h2 id="alerts-heading">Alerts</h2>
      {request.alerts.length === 0 ? <p>No alerts.</p> : (
        <ul className="plain-list">
          {request.alerts.map((a) => (
            <li key={a.id ?? a.message} className="alert-line">
              {a.linkedRequestId ? <Link href={linkOf(a.message, a.linkedRequestId)}>{a.message}</Link> : a.message}{" "}
              <span className="subtle">{dateTime(a.updatedAt)}</span>
              {/* An alert computed from the request (Requester Email Empty) has no id: it lasts as long as its cause. */}
              {mayDismiss && a.id && (
                <button type="button" className="secondary" aria-label={`Dismiss the alert "${a.message}"`} disabled={submission.busy}
                  onClick={() => dismiss(a.id!, a.message)}>
                  Dismiss
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
