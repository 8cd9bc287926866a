import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { requestStatus } from "../../api/requestTools";
import type { DigitizationRequestView } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { useLabels } from "../../i18n/labels";

/**
 * The Status field of the Edit page with its note. Only the statuses the request's workflow goes to from where it
 * waits are offered (the API refuses any other), and setting one moves the workflow as the action would.
 */
export function StatusChangeForm({ requestId, onChanged }: { requestId: string; onChanged: (view: DigitizationRequestView) => void }) {
  const { t } = useTranslation("request-tools");
  const labels = useLabels();
  const choices = useLoad(() => requestStatus.choices(requestId), [requestId]);
  const [status, setStatus] = useState("");
  const [note, setNote] = useState("");
  const saving = useSubmit();
  const allowed = choices.data?.allowed ?? [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(async () => {
      const view = await requestStatus.set(requestId, status, note);
      setStatus("");
      setNote("");
      onChanged(view);
      await choices.reload();
      return t("status.changed", { status: labels.digitizationStatus(view.status) });
    });
  };

  return (
    <section aria-labelledby="status-change-heading">
      <h2 id="status-change-heading">{t("status.title")}</h2>
      <ProblemAlert error={choices.error} />
      {choices.data && allowed.length === 0 ? <p>{t("status.none")}</p> : (
        <form onSubmit={submit} noValidate aria-label={t("status.title")}>
          <FormField id="status-change-status" label={t("status.label")} errors={saving.fieldErrors("status")}>
            {(control) => (
              <select {...control} value={status} onChange={(e) => setStatus(e.target.value)}>
                <option value="">{t("status.choose")}</option>
                {allowed.map((s) => <option key={s} value={s}>{labels.digitizationStatus(s)}</option>)}
              </select>
            )}
          </FormField>
          <FormField id="status-change-note" label={t("status.note")} errors={saving.fieldErrors("note")}>
            {(control) => <input {...control} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />}
          </FormField>
          <ProblemAlert error={saving.problem} shownFields={["status", "note"]} />
          <div className="form-actions">
            <button type="submit" disabled={saving.busy || !status}>{t("status.save")}</button>
          </div>
          {saving.success && <p role="status">{saving.success}</p>}
        </form>
      )}
    </section>
  );
}
