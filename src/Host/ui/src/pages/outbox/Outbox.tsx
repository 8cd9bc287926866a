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

  return (
    <>
      <h1>Outbox</h1>
      <p className="lead">
        A letter the mail server refuses for good (5xx), or for now too many times, fails and is no longer tried: retry it once
        the address or the server is put right, or dismiss it.
      </p>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => void reload()}>Refresh</button>
      </div>
      <StatusMessage message={submission.success} />
      <ProblemAlert error={submission.problem ?? failed.error ?? pending.error} />
      <section aria-labelledby="failed-heading">
        <h2 id="failed-heading">Failed letters</h2>
        {failed.data && <LetterList letters={failed.data} caption="Failed letters" showRequest onAct={act} />}
      </section>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">Pending letters</h2>
        {pending.data && <LetterList letters={pending.data} caption="Pending letters" showRequest />}
      </section>
    </>
  );
}
