import { lendingRequests } from "../../api/library";
import type { LendingRequestView } from "../../api/types";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { LetterList, useLetterActions } from "../../components/LetterList";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { dateTime } from "../../components/format";
import { useLoad } from "../../components/useLoad";

/**
 * What passed between the library and the partner (Alma: Managing Resource Sharing Lending Requests, "Communicating
 * with partners"): the letters the request's workflow sent, as the outbox has them; the e-mails staff wrote; and the
 * ISO 18626 messages for an ISO partner. What the partner sent shows in the history, as the action it led to.
 */
export function LendingCommunications({ request, onHistoryChanged }: { request: LendingRequestView; onHistoryChanged: () => Promise<void> }) {
  const account = useAccount();
  const letters = useLoad(() => lendingRequests.letters(request.id), [request.id, request.updatedAt]);
  const { submission, act } = useLetterActions(async () => {
    await Promise.all([letters.reload(), onHistoryChanged()]);
  });
  return (
    <section aria-labelledby="communications-heading">
      <h2 id="communications-heading">Communications</h2>
      <h3>Letters to the partner</h3>
      <StatusMessage message={submission.success} />
      <ProblemAlert error={submission.problem ?? letters.error} />
      {letters.data && <LetterList letters={letters.data} caption="Letters to the partner" onAct={can.administer(account) ? act : undefined} />}

      <h3>E-mails written to the partner</h3>
      {request.communications.length === 0 ? <p>No e-mails.</p> : (
        <ul className="plain-list communications">
          {request.communications.map((c) => (
            <li key={`${c.at}-${c.subject}`}>
              <details>
                <summary><strong>{c.subject}</strong> <span className="subtle">to {c.to}, by {c.sender}, {dateTime(c.at)}</span></summary>
                <p className="prose-text">{c.body}</p>
              </details>
            </li>
          ))}
        </ul>
      )}

      {(request.partner.profileType === "ISO" || request.isoMessages.length > 0) && (
        <>
          <h3>ISO 18626 messages sent</h3>
          {request.isoMessages.length === 0 ? <p>No messages.</p> : (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Reason for message</th>
                    <th scope="col">Status</th>
                    <th scope="col">Answer</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {request.isoMessages.map((m) => (
                    <tr key={`${m.at}-${m.reasonForMessage}`}>
                      <td>{dateTime(m.at)}</td>
                      <td>{m.reasonForMessage}</td>
                      <td>{m.status}</td>
                      <td>{m.answerYesNo === null ? "" : m.answerYesNo ? "Yes" : "No"}</td>
                      <td>{m.note ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
