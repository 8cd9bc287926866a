import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("lending-request");
  const dismiss = (alertId: string, message: string) =>
    void submission.run(async () => {
      onDismissed(await lendingRequests.dismissAlert(request.id, alertId));
      return t("alerts.dismissed", { message });
    });
  return (
    <section aria-labelledby="alerts-heading" className="alerts">
      <h2 id="alerts-heading">{t("alerts.title")}</h2>
      {request.alerts.length === 0 ? <p>{t("alerts.none")}</p> : (
        <ul className="plain-list">
          {request.alerts.map((a) => (
            <li key={a.id ?? a.message} className="alert-line">
              {a.linkedRequestId ? <Link href={linkOf(a.message, a.linkedRequestId)}>{a.message}</Link> : a.message}{" "}
              <span className="subtle">{dateTime(a.updatedAt)}</span>
              {/* An alert computed from the request (Requester Email Empty) has no id: it lasts as long as its cause. */}
              {mayDismiss && a.id && (
                <button type="button" className="secondary" aria-label={t("alerts.dismissOf", { message: a.message })} disabled={submission.busy}
                  onClick={() => dismiss(a.id!, a.message)}>
                  {t("alerts.dismiss")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
