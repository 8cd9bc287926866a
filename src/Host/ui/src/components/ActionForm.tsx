import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "./ProblemAlert";
import type { Submission } from "./useSubmit";

/** The frame every row action's form shares: a named group, its alert, and a way back without acting. */
export function ActionForm({ title, submission, action, shownFields, submitLabel, onClose, children }: {
  title: string; submission: Submission; action: () => Promise<void>; shownFields: string[]; submitLabel: string;
  onClose: () => void; children: ReactNode;
}) {
  const { t } = useTranslation("components");
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submission.run(action);
  };
  return (
    <form className="action-panel" onSubmit={onSubmit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {children}
      <ProblemAlert error={submission.problem} shownFields={shownFields} />
      <div className="form-actions">
        <button type="submit" disabled={submission.busy}>{submitLabel}</button>
        <button type="button" className="secondary" onClick={onClose}>{t("actionForm.close")}</button>
      </div>
    </form>
  );
}
