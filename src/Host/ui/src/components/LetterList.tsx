import { outbox } from "../api/library";
import type { OutboxLetter, OutboxState } from "../api/types";
import { Link } from "../router";
import { dateTime } from "./format";
import { useSubmit } from "./useSubmit";

const stateLabels: Record<OutboxState, string> = { pending: "Pending", sent: "Sent", failed: "Failed", dismissed: "Dismissed" };

/** When the letter was last settled, or when it is tried next. */
function when(letter: OutboxLetter): string {
  if (letter.state === "pending") return letter.nextAttemptAt ? `next attempt ${dateTime(letter.nextAttemptAt)}` : "";
  if (letter.state === "sent") return `sent ${dateTime(letter.sentAt)}`;
  return letter.failedAt ? `failed ${dateTime(letter.failedAt)}` : "";
}

/** The request a letter belongs to: a digitization or lending request's page where there is one. */
function RequestOf({ letter }: { letter: OutboxLetter }) {
  if (!letter.requestId) return null;
  if (letter.definition === "digitization") return <Link href={`/requests/${letter.requestId}`}>Digitization request</Link>;
  if (letter.definition === "lending") return <Link href={`/lending/${letter.requestId}`}>Lending request</Link>;
  return <>{letter.definition} <span className="subtle">{letter.requestId}</span></>;
}

/**
 * Retrying and dismissing failed letters, for a page to offer beside its list: the page shows the submission's outcome
 * in its one status region. `onChanged` reloads what changed with the letter (the list, a request's history).
 */
export function useLetterActions(onChanged: () => Promise<void> | void) {
  const submission = useSubmit();
  const act = (letter: OutboxLetter, action: "retry" | "dismiss") =>
    submission.run(async () => {
      const to = letter.to.join(", ");
      if (action === "retry") await outbox.retry(letter.id);
      else await outbox.dismiss(letter.id);
      await onChanged();
      return action === "retry" ? `The letter to ${to} is being sent again` : `Dismissed the letter to ${to}`;
    });
  return { submission, act };
}

interface LetterListProps {
  letters: OutboxLetter[];
  caption: string;
  /** For lists that mix requests: which request each letter belongs to. */
  showRequest?: boolean;
  /** Offered for a failed letter to an administrator; left out, the list only shows. */
  onAct?: (letter: OutboxLetter, action: "retry" | "dismiss") => void;
}

/** Letters of the outbox: their state, how often they were tried and what the mail server answered last. */
export function LetterList({ letters, caption, showRequest = false, onAct }: LetterListProps) {
  if (letters.length === 0) return <p>No letters.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            {showRequest && <th scope="col">Request</th>}
            <th scope="col">Attempts</th>
            <th scope="col">Last error</th>
            <th scope="col">Queued</th>
            <th scope="col">When</th>
            {onAct && <th scope="col"><span className="visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {letters.map((l) => (
            <tr key={l.id}>
              <td>{stateLabels[l.state]}</td>
              <td>{l.to.join(", ")}</td>
              <td>{l.subject}</td>
              {showRequest && <td><RequestOf letter={l} /></td>}
              <td>{l.attempts}</td>
              <td>{l.lastError ?? ""}</td>
              <td>{dateTime(l.createdAt)}</td>
              <td>{when(l)}</td>
              {onAct && (
                <td className="row-actions">
                  {l.state === "failed" && (
                    <>
                      <button type="button" aria-label={`Retry the letter "${l.subject}"`} onClick={() => onAct(l, "retry")}>Retry</button>
                      <button type="button" className="secondary" aria-label={`Dismiss the letter "${l.subject}"`} onClick={() => onAct(l, "dismiss")}>
                        Dismiss
                      </button>
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
