import { useTranslation } from "react-i18next";
import { workflowInstances } from "../../api/library";
import type { Fault } from "../../api/types";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { dateTime } from "../../components/format";
import { useSubmit } from "../../components/useSubmit";

/**
 * The workflow steps that failed for this request (its own workflow's or a child's, such as its approval), each with
 * what failed; administrators retry one once its cause is fixed, and the step runs again as it was first asked for.
 */
export function DigitizationRequestFaults({ faults, onRetried }: { faults: Fault[]; onRetried: () => Promise<void> }) {
  const mayRetry = can.administer(useAccount());
  const retrying = useSubmit();
  const { t } = useTranslation("digitization-request");

  const retry = (fault: Fault) =>
    void retrying.run(async () => {
      await workflowInstances.retry(fault.instanceId);
      await onRetried();
      return t("faults.retried", { step: fault.activity ?? fault.definition });
    });

  // The outcome's live region stays when the last failed step is retried and the section goes.
  return (
    <>
      {faults.length > 0 && (
        <section aria-labelledby="faults-heading" className="faults">
          <h2 id="faults-heading">{t("faults.title")}</h2>
          <ul>
            {faults.map((f) => (
              <li key={f.instanceId}>
                <p>
                  <strong>{f.fault}</strong>
                  <br />
                  <span className="subtle">{t("faults.version", { definition: f.definition, version: f.version })}{f.at && t("faults.failedAt", { when: dateTime(f.at) })}</span>
                </p>
                {mayRetry && (
                  <button type="button" onClick={() => retry(f)} disabled={retrying.busy}>
                    {t("faults.retry")}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {!mayRetry && <p>{t("faults.adminRetries")}</p>}
          <ProblemAlert error={retrying.problem} />
        </section>
      )}
      <StatusMessage message={retrying.success} />
    </>
  );
}
