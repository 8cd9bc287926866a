import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { digitizationRequests } from "../../api/library";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

/** The digitization cancellation reasons, edited as text, one reason a line, and saved whole. */
export function CancelReasonsForm({ reasons, onSaved }: { reasons: string[]; onSaved: (message: string) => void }) {
  const { t } = useTranslation("reason-lists");
  const [text, setText] = useState(reasons.join("\n"));
  const saving = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSaved("");
    void saving.run(async () => {
      const saved = await digitizationRequests.replaceCancelReasons(text.split("\n").map((r) => r.trim()).filter(Boolean));
      setText(saved.join("\n"));
      onSaved(t("cancel.saved", { count: saved.length }));
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("cancel.title")} className="account-form">
      <h2>{t("cancel.title")}</h2>
      <FormField id="reasons-cancel" label={t("cancel.label")} hint={t("cancel.hint")} errors={saving.fieldErrors("reasons")}>
        {(control) => <textarea {...control} rows={Math.max(4, reasons.length + 1)} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <ProblemAlert error={saving.problem} shownFields={["reasons"]} />
      <button type="submit" disabled={saving.busy}>{t("cancel.save")}</button>
    </form>
  );
}
