import { useState } from "react";
import { lendingReasons, lendingRequests } from "../../api/library";
import { ActionForm } from "../../components/ActionForm";
import { FormField } from "../../components/FormField";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { NotesFields, noNotes, notesBody } from "./NotesFields";
import type { LendingPanelProps } from "./panelProps";

/**
 * Reject: the reason and the internal reason from the institution's lists (/lending-reasons), a note kept for staff,
 * and one for the partner's letter.
 */
export function RejectPanel({ request, onDone, onClose }: LendingPanelProps) {
  const lists = useLoad(() => lendingReasons.all(), []);
  const [reason, setReason] = useState("");
  const [internalReason, setInternalReason] = useState("");
  const [notes, setNotes] = useState(noNotes);
  const rejecting = useSubmit();
  const id = `reject-${request.id}`;
  const reject = async () => onDone(
    await lendingRequests.act(request.id, "reject", { reason, internalReason: internalReason || null, ...notesBody(notes) }), `Rejected ${request.title}`);
  return (
    <ActionForm title={`Reject: ${request.title}`} submission={rejecting} action={reject}
      shownFields={["reason", "internalReason", "internalNote", "partnerNote"]} submitLabel="Reject request" onClose={onClose}>
      <FormField id={`${id}-reason`} label="Rejection reason" errors={rejecting.fieldErrors("reason")}>
        {(control) => (
          <select {...control} value={reason} autoFocus onChange={(e) => setReason(e.target.value)}>
            <option value="">Choose a reason</option>
            {lists.data?.rejection.map((r) => <option key={r}>{r}</option>)}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-internal-reason`} label="Internal rejection reason (optional)" errors={rejecting.fieldErrors("internalReason")}>
        {(control) => (
          <select {...control} value={internalReason} onChange={(e) => setInternalReason(e.target.value)}>
            <option value="">None</option>
            {lists.data?.internalRejection.map((r) => <option key={r}>{r}</option>)}
          </select>
        )}
      </FormField>
      <NotesFields idPrefix={id} notes={notes} onChange={setNotes} submission={rejecting} />
    </ActionForm>
  );
}

/** Conditional: the conditions' reason, the last day the partner may answer, and a note the partner reads. */
export function ConditionalPanel({ request, onDone, onClose }: LendingPanelProps) {
  const [reason, setReason] = useState("");
  const [replyBy, setReplyBy] = useState("");
  const [note, setNote] = useState("");
  const setting = useSubmit();
  const id = `conditional-${request.id}`;
  const send = async () => {
    const view = await lendingRequests.act(request.id, "conditional", { reason, replyBy: replyBy || null, note: note || null });
    onDone(view, `Sent conditions for ${request.title}`);
  };
  return (
    <ActionForm title={`Conditional: ${request.title}`} submission={setting} action={send} shownFields={["reason", "replyBy", "note"]}
      submitLabel="Send conditions" onClose={onClose}>
      <FormField id={`${id}-reason`} label="Condition" errors={setting.fieldErrors("reason")}>
        {(control) => <input {...control} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-reply-by`} label="Reply by" errors={setting.fieldErrors("replyBy")}>
        {(control) => <input {...control} type="date" value={replyBy} onChange={(e) => setReplyBy(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-note`} label="Note to partner" errors={setting.fieldErrors("note")}>
        {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}

/**
 * The partner's answer staff record: to the conditions (accepting returns the request to where it was) or, as the
 * lender, to the partner's cancel request.
 */
export function ReplyPanel({ request, action, onDone, onClose }: LendingPanelProps & { action: "conditional-reply" | "cancel-reply" }) {
  const [accept, setAccept] = useState<boolean | null>(null);
  const [notes, setNotes] = useState(noNotes);
  const replying = useSubmit();
  const id = `${action}-${request.id}`;
  const conditions = action === "conditional-reply";
  const title = conditions ? `The partner's answer to the conditions: ${request.title}` : `Answer the cancel request: ${request.title}`;
  const reply = async () => {
    const body = conditions ? { accept } : { accept, ...notesBody(notes) };
    onDone(await lendingRequests.act(request.id, action, body), `${conditions ? "Recorded the partner's answer" : "Answered the cancel request"}: ${request.title}`);
  };
  return (
    <ActionForm title={title} submission={replying} action={reply} shownFields={["accept", "internalNote", "partnerNote"]}
      submitLabel="Save answer" onClose={onClose}>
      <fieldset>
        <legend>{conditions ? "The partner" : "The cancellation"}</legend>
        <label className="inline">
          <input type="radio" name={`${id}-accept`} checked={accept === true} onChange={() => setAccept(true)} />
          {conditions ? "accepts the conditions" : "is accepted"}
        </label>
        <label className="inline">
          <input type="radio" name={`${id}-accept`} checked={accept === false} onChange={() => setAccept(false)} />
          {conditions ? "declines them" : "is refused"}
        </label>
        {replying.fieldErrors("accept").length > 0 && <span className="field-error">{replying.fieldErrors("accept").join(" ")}</span>}
      </fieldset>
      {!conditions && <NotesFields idPrefix={id} notes={notes} onChange={setNotes} submission={replying} />}
    </ActionForm>
  );
}
