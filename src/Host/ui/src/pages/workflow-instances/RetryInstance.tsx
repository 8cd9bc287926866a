import { useTranslation } from "react-i18next";
import { workflowInstances } from "../../api/library";
import type { WorkflowInstance } from "../../api/types";
import type { Submission } from "../../components/useSubmit";

/**
 * Retry for a faulted instance, once the cause of its failed step is fixed: the step runs again as it was first asked
 * for. One that fails again says so, and the instance stays faulted.
 */
export function RetryInstance({ instance, acting, onRetried }: {
  instance: WorkflowInstance;
  acting: Submission;
  onRetried: (instance: WorkflowInstance) => void;
}) {
  const { t } = useTranslation("workflow-instances");
  const retry = () =>
    void acting.run(async () => {
      const retried = await workflowInstances.retry(instance.id);
      onRetried(retried);
      return t("retry.done", { status: t(`statuses.${retried.status}`) });
    });
  return <button type="button" onClick={retry} disabled={acting.busy} title={t("retry.hint")}>{t("retry.open")}</button>;
}
