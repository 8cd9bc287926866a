import { useState } from "react";
import { useTranslation } from "react-i18next";
import { date } from "../../components/format";
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
  const { t } = useTranslation("lending-requests");
  const id = `${action}-${request.id}`;
  const renew = action === "renew";
  const act = async () => {
    const view = await lendingRequests.act(request.id, action, { dueDate: dueDate || null, ...notesBody(notes) });
    onDone(view, t(renew ? "due.renewed" : "due.recalled", { title: request.title }));
  };
  return (
    <ActionForm title={t(renew ? "due.renewTitle" : "due.recallTitle", { title: request.title })} submission={acting} action={act}
      shownFields={["dueDate", "internalNote", "partnerNote"]} submitLabel={t(renew ? "action.renew" : "action.recall")} onClose={onClose}>
      <FormField id={`${id}-due`} label={renew ? t("due.newDueDate") : t("due.returnBy")} errors={acting.fieldErrors("dueDate")}
        hint={request.dueDate ? t("due.now", { date: date(request.dueDate) }) : undefined}>
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
  const { t } = useTranslation("lending-requests");
  const id = `partner-email-${request.id}`;
  const send = async () => onDone(await lendingRequests.act(request.id, "partner-email", { subject, body }), t("email.done", { title: request.title }));
  return (
    <ActionForm title={t("email.title", { title: request.title })} submission={sending} action={send} shownFields={["subject", "body"]}
      submitLabel={t("email.submit")} onClose={onClose}>
      <FormField id={`${id}-subject`} label={t("email.subject")} errors={sending.fieldErrors("subject")}>
        {(control) => <input {...control} value={subject} autoFocus onChange={(e) => setSubject(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-body`} label={t("email.message")} errors={sending.fieldErrors("body")}>
        {(control) => <textarea {...control} className="prose" rows={6} value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
