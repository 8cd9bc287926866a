import { useState } from "react";
import { useTranslation } from "react-i18next";
import { digitizationItems } from "../../api/library";
import { ActionForm } from "../../components/ActionForm";
import { FormField } from "../../components/FormField";
import { useSubmit } from "../../components/useSubmit";
import type { ActionPanelProps } from "../digitization-requests/actionPanel";

/** Mark missing: the item cannot be found, so the request is cancelled for it and the item flagged in the catalogue. */
export function MarkMissingPanel({ request, onDone, onClose }: ActionPanelProps) {
  const { t } = useTranslation("digitization-item");
  const [note, setNote] = useState("");
  const marking = useSubmit();
  const id = `mark-missing-${request.id}`;
  const markMissing = async () =>
    onDone(await digitizationItems.markMissing(request.id, note), t("markMissing.done", { title: request.title }));
  return (
    <ActionForm title={t("markMissing.title", { title: request.title })} submission={marking} action={markMissing} shownFields={["note"]}
      submitLabel={t("markMissing.submit")} onClose={onClose}>
      <p>{t("markMissing.explanation")}</p>
      <FormField id={`${id}-note`} label={t("markMissing.note")} errors={marking.fieldErrors("note")}>
        {(control) => <input {...control} value={note} autoFocus onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
