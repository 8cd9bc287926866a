import { useState } from "react";
import { useTranslation } from "react-i18next";
import { digitizationRequests } from "../../api/library";
import { FormField } from "../../components/FormField";
import { useSubmit } from "../../components/useSubmit";
import { ActionForm } from "../../components/ActionForm";
import type { ActionPanelProps } from "./actionPanel";

/**
 * The Attachments page (Alma: Digitization Processing, Attaching Digitized Items to Be Sent to a Patron): a file for
 * the requester, with an optional note.
 */
export function AttachPanel({ request, onDone, onClose }: ActionPanelProps) {
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const attaching = useSubmit();
  const { t } = useTranslation("digitization-requests");
  const id = `attach-${request.id}`;
  const attach = async () => {
    // No file is still sent, so the API's own message names the missing field.
    const view = await digitizationRequests.attach(request.id, file ?? new File([], ""), note);
    onDone(view, t("attach.done", { file: file?.name ?? "", title: request.title }));
  };
  return (
    <ActionForm title={t("attach.title", { title: request.title })} submission={attaching} action={attach} shownFields={["file", "note"]}
      submitLabel={t("attach.submit")} onClose={onClose}>
      <FormField id={`${id}-file`} label={t("attach.file")} errors={attaching.fieldErrors("file")}>
        {(control) => <input {...control} type="file" autoFocus onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </FormField>
      <FormField id={`${id}-note`} label={t("attach.note")} errors={attaching.fieldErrors("note")}>
        {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
