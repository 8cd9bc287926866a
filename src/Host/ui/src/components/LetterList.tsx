import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { outbox } from "../api/library";
import type { OutboxLetter } from "../api/types";
import { Link } from "../router";
import { dateTime, number } from "./format";
import { useSubmit } from "./useSubmit";

/** When the letter was last settled, or when it is tried next. */
function when(letter: OutboxLetter, t: TFunction<"components">): string {
  if (letter.state === "pending") return letter.nextAttemptAt ? t("letters.nextAttempt", { when: dateTime(letter.nextAttemptAt) }) : "";
  if (letter.state === "sent") return t("letters.sentAt", { when: dateTime(letter.sentAt) });
  return letter.failedAt ? t("letters.failedAt", { when: dateTime(letter.failedAt) }) : "";
}

/** The request a letter belongs to: a digitization or lending request's page where there is one. */
function RequestOf({ letter }: { letter: OutboxLetter }) {
  const { t } = useTranslation("components");
  if (!letter.requestId) return null;
  if (letter.definition === "digitization") return <Link href={`/requests/${letter.requestId}`}>{t("letters.digitizationRequest")}</Link>;
  if (letter.definition === "lending") return <Link href={`/lending/${letter.requestId}`}>{t("letters.lendingRequest")}</Link>;
  return <>{letter.definition} <span className="subtle">{letter.requestId}</span></>;
}

/**
 * Retrying and dismissing failed letters, for a page to offer beside its list: the page shows the submission's outcome
 * in its one status region. `onChanged` reloads what changed with the letter (the list, a request's history).
 */
export function useLetterActions(onChanged: () => Promise<void> | void) {
  const submission = useSubmit();
  const { t } = useTranslation("components");
  const act = (letter: OutboxLetter, action: "retry" | "dismiss") =>
    submission.run(async () => {
      const to = letter.to.join(", ");
      if (action === "retry") await outbox.retry(letter.id);
      else await outbox.dismiss(letter.id);
      await onChanged();
      return action === "retry" ? t("letters.resent", { to }) : t("letters.dismissed", { to });
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
  const { t } = useTranslation("components");
  if (letters.length === 0) return <p>{t("letters.none")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("letters.column.state")}</th>
            <th scope="col">{t("letters.column.to")}</th>
            <th scope="col">{t("letters.column.subject")}</th>
            {showRequest && <th scope="col">{t("letters.column.request")}</th>}
            <th scope="col">{t("letters.column.attempts")}</th>
            <th scope="col">{t("letters.column.lastError")}</th>
            <th scope="col">{t("letters.column.queued")}</th>
            <th scope="col">{t("letters.column.when")}</th>
            {onAct && <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>}
          </tr>
        </thead>
        <tbody>
          {letters.map((l) => (
            <tr key={l.id}>
              <td>{t(`letters.state.${l.state}`)}</td>
              <td>{l.to.join(", ")}</td>
              <td>{l.subject}</td>
              {showRequest && <td><RequestOf letter={l} /></td>}
              <td>{number(l.attempts)}</td>
              <td>{l.lastError ?? ""}</td>
              <td>{dateTime(l.createdAt)}</td>
              <td>{when(l, t)}</td>
              {onAct && (
                <td className="row-actions">
                  {l.state === "failed" && (
                    <>
                      <button type="button" aria-label={t("letters.retryOf", { subject: l.subject })} onClick={() => onAct(l, "retry")}>{t("letters.retry")}</button>
                      <button type="button" className="secondary" aria-label={t("letters.dismissOf", { subject: l.subject })} onClick={() => onAct(l, "dismiss")}>
                        {t("letters.dismiss")}
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
