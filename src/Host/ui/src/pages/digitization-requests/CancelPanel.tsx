import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../i18n/labels";
import { digitizationRequests } from "../../api/library";
import { FormField } from "../../components/FormField";
import { useSubmit } from "../../components/useSubmit";
import { ActionForm } from "../../components/ActionForm";
import type { ActionPanelProps } from "./actionPanel";

/**
 * Cancel request (Alma: Digitization Processing, Delivering Digitized Items): the reason from the service's list when
 * it has one, else as typed, as the documentation lists no reasons of its own.
 */
export function CancelPanel({ request, reasons, onDone, onClose }: ActionPanelProps & { reasons: string[] }) {
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const cancelling = useSubmit();
  const { t } = useTranslation("digitization-requests");
  const labels = useLabels();
  const id = `cancel-${request.id}`;
  const cancel = async () => onDone(await digitizationRequests.cancel(request.id, reason, note), t("cancel.done", { title: request.title }));
  return (
    <ActionForm title={t("cancel.title", { title: request.title })} submission={cancelling} action={cancel} shownFields={["reason", "note"]}
      submitLabel={t("cancel.submit")} onClose={onClose}>
      <FormField id={`${id}-reason`} label={t("cancel.reason")} errors={cancelling.fieldErrors("reason")}>
        {(control) => reasons.length > 0 ? (
          <select {...control} value={reason} autoFocus onChange={(e) => setReason(e.target.value)}>
            <option value="">{t("cancel.choose")}</option>
            {reasons.map((r) => <option key={r} value={r}>{labels.reason(r)}</option>)}
          </select>
        ) : (
          <input {...control} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} />
        )}
      </FormField>
      <FormField id={`${id}-note`} label={t("cancel.note")} errors={cancelling.fieldErrors("note")}>
        {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
