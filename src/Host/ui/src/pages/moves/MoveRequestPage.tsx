import { useState, type FormEvent } from "react";
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

  const m = move.data;
  if (!m) {
    return (
      <>
        <h1>Move request</h1>
        <ProblemAlert error={move.error} />
        {!move.error && <p>Loading…</p>}
      </>
    );
  }
  const open = m.status === "Not Started" || m.status === "In Transit";
  const mayCancel = open && can.workOnLendingAt(account, m.from.library ?? m.to.library ?? "");
  const cancel = (e: FormEvent) => {
    e.preventDefault();
    void cancelling.run(async () => {
      move.setData(await moveRequests.cancel(m.id, reason, note));
      return `Cancelled the move of ${m.barcode}`;
    });
  };

  return (
    <>
      <p className="breadcrumb"><Link href="/moves">Move requests</Link></p>
      <h1>Move of {m.barcode}</h1>
      <p className="status-line">Status: {m.status}</p>
      <StatusMessage message={cancelling.success} />
      <dl className="facts">
        <dt>Type</dt><dd>{m.type}{m.manualDescription && `: ${m.manualDescription}`}</dd>
        <dt>From</dt><dd>{m.from.desk ?? `${m.from.library} / ${m.from.location}`}</dd>
        <dt>Destination</dt><dd>{destinationOf(m.to)}</dd>
        {m.note && <><dt>Note</dt><dd>{m.note}</dd></>}
        {m.lendingRequestId && <><dt>For</dt><dd><Link href={`/lending/${m.lendingRequestId}`}>Lending request {m.lendingRequestId}</Link></dd></>}
        {m.cancellation && <><dt>Cancelled</dt><dd>{m.cancellation.reason}{m.cancellation.note && ` — ${m.cancellation.note}`}</dd></>}
        <dt>Created</dt><dd>{dateTime(m.createdAt)}</dd>
        <dt>Updated</dt><dd>{dateTime(m.updatedAt)}</dd>
      </dl>

      {mayCancel && (
        <form className="action-panel" onSubmit={cancel} noValidate aria-label="Cancel move request">
          <h2>Cancel move request</h2>
          <FormField id="move-cancel-reason" label="Cancel reason" errors={cancelling.fieldErrors("reason")}>
            {(control) => <input {...control} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </FormField>
          <FormField id="move-cancel-note" label="Note" errors={cancelling.fieldErrors("note")}>
            {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
          </FormField>
          <ProblemAlert error={cancelling.problem} shownFields={["reason", "note"]} />
          <button type="submit" className="danger" disabled={cancelling.busy}>Cancel move</button>
        </form>
      )}

      <section aria-labelledby="flow-heading">
        <h2 id="flow-heading">Workflow</h2>
        {workflow && (
          <p>
            {workflow.definition} version {workflow.version}, {workflow.status}{workflow.result && ` (${workflow.result})`}
            {workflow.waitingAt.length > 0 && `; waiting at ${workflow.waitingAt.join(", ")}`}
          </p>
        )}
        <WorkflowChart workflow={workflow} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Status</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {m.history.map((h) => (
                <tr key={`${h.at}-${h.to}`}>
                  <td>{dateTime(h.at)}</td>
                  <td>{h.actor}</td>
                  <td>{h.from ? `${h.from} → ${h.to}` : h.to}</td>
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
