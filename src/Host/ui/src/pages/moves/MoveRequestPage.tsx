import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { moveRequests } from "../../api/library";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { Link } from "../../router";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { dateTime } from "../../components/format";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { WorkflowChart } from "../../components/WorkflowChart";
import { destinationOf } from "./moveFormat";
import { useLabels } from "../../i18n/labels";

/**
 * A move request's page: where the item comes from and goes, where its workflow waits (arrival, or a cancellation),
 * who changed its status and why, and cancelling it with a reason while it is open.
 */
export function MoveRequestPage({ moveId }: { moveId: string }) {
  const account = useAccount();
  const move = useLoad(() => moveRequests.get(moveId), [moveId]);
  const workflow = move.data?.workflow;
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const cancelling = useSubmit();
  const { t } = useTranslation("moves");
  const labels = useLabels();

  const m = move.data;
  if (!m) {
    return (
      <>
        <h1>{t("page.title")}</h1>
        <ProblemAlert error={move.error} />
        {!move.error && <p>{t("loading")}</p>}
      </>
    );
  }
  const open = m.status === "Not Started" || m.status === "In Transit";
  const mayCancel = open && can.workOnLendingAt(account, m.from.library ?? m.to.library ?? "");
  const cancel = (e: FormEvent) => {
    e.preventDefault();
    void cancelling.run(async () => {
      move.setData(await moveRequests.cancel(m.id, reason, note));
      return t("page.cancelled", { barcode: m.barcode });
    });
  };

  return (
    <>
      <p className="breadcrumb"><Link href="/moves">{t("title")}</Link></p>
      <h1>{t("page.moveOf", { barcode: m.barcode })}</h1>
      <p className="status-line">{t("page.status", { status: labels.moveStatus(m.status) })}</p>
      <StatusMessage message={cancelling.success} />
      <dl className="facts">
        <dt>{t("column.type")}</dt><dd>{t(`type.${m.type}`)}{m.manualDescription && `: ${m.manualDescription}`}</dd>
        <dt>{t("column.from")}</dt><dd>{m.from.desk ?? `${m.from.library} / ${m.from.location}`}</dd>
        <dt>{t("column.destination")}</dt><dd>{destinationOf(m.to)}</dd>
        {m.note && <><dt>{t("form.note")}</dt><dd>{m.note}</dd></>}
        {m.lendingRequestId && <><dt>{t("column.for")}</dt><dd><Link href={`/lending/${m.lendingRequestId}`}>{t("lendingRequestOf", { id: m.lendingRequestId })}</Link></dd></>}
        {m.cancellation && <><dt>{t("page.cancelledFact")}</dt><dd>{labels.reason(m.cancellation.reason)}{m.cancellation.note && ` — ${m.cancellation.note}`}</dd></>}
        <dt>{t("column.created")}</dt><dd>{dateTime(m.createdAt)}</dd>
        <dt>{t("page.updated")}</dt><dd>{dateTime(m.updatedAt)}</dd>
      </dl>

      {mayCancel && (
        <form className="action-panel" onSubmit={cancel} noValidate aria-label={t("page.cancelTitle")}>
          <h2>{t("page.cancelTitle")}</h2>
          <FormField id="move-cancel-reason" label={t("page.cancelReason")} errors={cancelling.fieldErrors("reason")}>
            {(control) => <input {...control} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </FormField>
          <FormField id="move-cancel-note" label={t("form.note")} errors={cancelling.fieldErrors("note")}>
            {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
          </FormField>
          <ProblemAlert error={cancelling.problem} shownFields={["reason", "note"]} />
          <button type="submit" className="danger" disabled={cancelling.busy}>{t("page.cancelSubmit")}</button>
        </form>
      )}

      <section aria-labelledby="flow-heading">
        <h2 id="flow-heading">{t("page.workflow")}</h2>
        {workflow && (
          <p>
            {t("page.workflowState", { definition: workflow.definition, version: workflow.version, status: workflow.status })}
            {workflow.result && ` (${workflow.result})`}
            {workflow.waitingAt.length > 0 && t("page.waitingAt", { activities: workflow.waitingAt.join(", ") })}
          </p>
        )}
        <WorkflowChart workflow={workflow} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("page.history")}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("page.when")}</th>
                <th scope="col">{t("page.who")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("form.note")}</th>
              </tr>
            </thead>
            <tbody>
              {m.history.map((h) => (
                <tr key={`${h.at}-${h.to}`}>
                  <td>{dateTime(h.at)}</td>
                  <td>{h.actor}</td>
                  <td>{h.from ? `${labels.moveStatus(h.from)} → ${labels.moveStatus(h.to)}` : labels.moveStatus(h.to)}</td>
                  <td>{h.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
