import { useTranslation } from "react-i18next";
import { digitizationRequests } from "../../api/library";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { LetterList, useLetterActions } from "../../components/LetterList";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";

/**
 * The letters the request's workflow queued for the requester, as the outbox has them; an administrator retries or
 * dismisses a failed one here, which the request's history then shows (`onHistoryChanged`).
 */
export function DigitizationRequestLetters({ requestId, onHistoryChanged }: { requestId: string; onHistoryChanged: () => Promise<void> }) {
  const account = useAccount();
  const { t } = useTranslation("digitization-request");
  const letters = useLoad(() => digitizationRequests.letters(requestId), [requestId]);
  const { submission, act } = useLetterActions(async () => {
    await Promise.all([letters.reload(), onHistoryChanged()]);
  });
  return (
    <section aria-labelledby="letters-heading">
      <h2 id="letters-heading">{t("letters.title")}</h2>
      <StatusMessage message={submission.success} />
      <ProblemAlert error={submission.problem ?? letters.error} />
      {letters.data && (
        <LetterList letters={letters.data} caption={t("letters.caption")} onAct={can.administer(account) ? act : undefined} />
      )}
    </section>
  );
}
