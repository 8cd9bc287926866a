import { useState } from "react";
import { lendingRequests } from "../../api/library";
import { ActionForm } from "../../components/ActionForm";
import { FormField } from "../../components/FormField";
import { useSubmit } from "../../components/useSubmit";
import { NotesFields, noNotes, notesBody } from "./NotesFields";
import type { LendingPanelProps } from "./panelProps";

/**
 * Renew (a new due date, required) and Recall (an earlier one, optional: left out, the loan keeps its date). The
 * current due date is shown for reference.
 */
export function DueDatePanel({ request, action, onDone, onClose }: LendingPanelProps & { action: "renew" | "recall" }) {
  const [dueDate, setDueDate] = useState("");
  const [notes, setNotes] = useState(noNotes);
  const acting = useSubmit();
  const id = `${action}-${request.id}`;
  const renew = action === "renew";
  const act = async () => {
    const view = await lendingRequests.act(request.id, action, { dueDate: dueDate || null, ...notesBody(notes) });
    onDone(view, `${renew ? "Renewed" : "Recalled"} ${request.title}`);
  };
  return (
    <ActionForm title={`${renew ? "Renew" : "Recall"}: ${request.title}`} submission={acting} action={act}
      shownFields={["dueDate", "internalNote", "partnerNote"]} submitLabel={renew ? "Renew" : "Recall"} onClose={onClose}>
      <FormField id={`${id}-due`} label={renew ? "New due date" : "Return by (optional)"} errors={acting.fieldErrors("dueDate")}
        hint={request.dueDate ? `Due now: ${request.dueDate}` : undefined}>
        {(control) => <input {...control} type="date" value={dueDate} autoFocus onChange={(e) => setDueDate(e.target.value)} />}
      </FormField>
      <NotesFields idPrefix={id} notes={notes} onChange={setNotes} submission={acting} />
    </ActionForm>
  );
}

/** An e-mail to the partner, kept with the request (Alma: Managing Resource Sharing Lending Requests, "Communicating with partners"). */
export function PartnerEmailPanel({ request, onDone, onClose }: LendingPanelProps) {
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const sending = useSubmit();
  const id = `partner-email-${request.id}`;
  const send = async () => onDone(await lendingRequests.act(request.id, "partner-email", { subject, body }), `E-mailed the partner about ${request.title}`);
  return (
    <ActionForm title={`E-mail partner: ${request.title}`} submission={sending} action={send} shownFields={["subject", "body"]}
      submitLabel="Send e-mail" onClose={onClose}>
      <FormField id={`${id}-subject`} label="Subject" errors={sending.fieldErrors("subject")}>
        {(control) => <input {...control} value={subject} autoFocus onChange={(e) => setSubject(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-body`} label="Message" errors={sending.fieldErrors("body")}>
        {(control) => <textarea {...control} className="prose" rows={6} value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
