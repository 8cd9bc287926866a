import { useTranslation } from "react-i18next";
import { outbox } from "../../api/library";
import { LetterList, useLetterActions } from "../../components/LetterList";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";

/**
 * The outbox (General System Administrator): letters the mail server refused for good or too often, to retry or
 * dismiss, and letters still waiting to be sent, oldest first.
 */
export function Outbox() {
  const failed = useLoad(() => outbox.list("failed"), []);
  const pending = useLoad(() => outbox.list("pending"), []);
  const reload = async () => {
    await Promise.all([failed.reload(), pending.reload()]);
  };
  const { submission, act } = useLetterActions(reload);
  const { t } = useTranslation("outbox");

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => void reload()}>{t("refresh")}</button>
      </div>
      <StatusMessage message={submission.success} />
      <ProblemAlert error={submission.problem ?? failed.error ?? pending.error} />
      <section aria-labelledby="failed-heading">
        <h2 id="failed-heading">{t("failed")}</h2>
        {failed.data && <LetterList letters={failed.data} caption={t("failed")} showRequest onAct={act} />}
      </section>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t("pending")}</h2>
        {pending.data && <LetterList letters={pending.data} caption={t("pending")} showRequest />}
      </section>
    </>
  );
}
