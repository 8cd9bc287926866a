import { useState } from "react";
import { useTranslation } from "react-i18next";
import { workflowInstances } from "../../api/library";
import type { WorkflowInstance } from "../../api/types";
import { ProblemAlert } from "../../components/ProblemAlert";
import type { Submission } from "../../components/useSubmit";

/**
 * Cancel, asked once more before it is done: the instance ends, what it waits for no longer resumes it, and its
 * running children end with it.
 */
export function CancelInstance({ instance, acting, onCancelled }: {
  instance: WorkflowInstance;
  acting: Submission;
  onCancelled: (instance: WorkflowInstance) => void;
}) {
  const [asking, setAsking] = useState(false);
  const { t } = useTranslation("workflow-instances");

  const cancel = () =>
    void acting.run(async () => {
      onCancelled(await workflowInstances.cancel(instance.id));
      setAsking(false);
      return t("cancel.done");
    });

  return (
    <div className="action-panel">
      {!asking ? (
        <button type="button" className="danger" onClick={() => { acting.reset(); setAsking(true); }}>{t("cancel.open")}</button>
      ) : (
        <>
          <p>{t("cancel.question")}</p>
          <div className="row-actions">
            <button type="button" className="danger" disabled={acting.busy} onClick={cancel}>{t("cancel.confirm")}</button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>{t("cancel.keep")}</button>
          </div>
        </>
      )}
      <ProblemAlert error={acting.problem} />
    </div>
  );
}
