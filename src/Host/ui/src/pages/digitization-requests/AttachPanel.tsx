import { useState } from "react";
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
  const id = `attach-${request.id}`;
  const attach = async () => {
    // No file is still sent, so the API's own message names the missing field.
    const view = await digitizationRequests.attach(request.id, file ?? new File([], ""), note);
    onDone(view, `Attached ${file?.name ?? ""} to ${request.title}`);
  };
  return (
    <ActionForm title={`Attach documents: ${request.title}`} submission={attaching} action={attach} shownFields={["file", "note"]}
      submitLabel="Upload" onClose={onClose}>
      <FormField id={`${id}-file`} label="File" errors={attaching.fieldErrors("file")}>
        {(control) => <input {...control} type="file" autoFocus onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </FormField>
      <FormField id={`${id}-note`} label="Note" errors={attaching.fieldErrors("note")}>
        {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
