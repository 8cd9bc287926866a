import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../i18n/labels";
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
  const { t } = useTranslation("lending-requests");
  const labels = useLabels();
  const id = `reject-${request.id}`;
  const reject = async () => onDone(
    await lendingRequests.act(request.id, "reject", { reason, internalReason: internalReason || null, ...notesBody(notes) }), t("reject.done", { title: request.title }));
  return (
    <ActionForm title={t("reject.title", { title: request.title })} submission={rejecting} action={reject}
      shownFields={["reason", "internalReason", "internalNote", "partnerNote"]} submitLabel={t("reject.submit")} onClose={onClose}>
      <FormField id={`${id}-reason`} label={t("reject.reason")} errors={rejecting.fieldErrors("reason")}>
        {(control) => (
          <select {...control} value={reason} autoFocus onChange={(e) => setReason(e.target.value)}>
            <option value="">{t("reject.choose")}</option>
            {lists.data?.rejection.map((r) => <option key={r} value={r}>{labels.reason(r)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-internal-reason`} label={t("reject.internalReason")} errors={rejecting.fieldErrors("internalReason")}>
        {(control) => (
          <select {...control} value={internalReason} onChange={(e) => setInternalReason(e.target.value)}>
            <option value="">{t("reject.none")}</option>
            {lists.data?.internalRejection.map((r) => <option key={r} value={r}>{labels.reason(r)}</option>)}
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
  const { t } = useTranslation("lending-requests");
  const id = `conditional-${request.id}`;
  const send = async () => {
    const view = await lendingRequests.act(request.id, "conditional", { reason, replyBy: replyBy || null, note: note || null });
    onDone(view, t("conditional.done", { title: request.title }));
  };
  return (
    <ActionForm title={t("conditional.title", { title: request.title })} submission={setting} action={send} shownFields={["reason", "replyBy", "note"]}
      submitLabel={t("conditional.submit")} onClose={onClose}>
      <FormField id={`${id}-reason`} label={t("conditional.condition")} errors={setting.fieldErrors("reason")}>
        {(control) => <input {...control} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-reply-by`} label={t("conditional.replyBy")} errors={setting.fieldErrors("replyBy")}>
        {(control) => <input {...control} type="date" value={replyBy} onChange={(e) => setReplyBy(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-note`} label={t("notes.partner")} errors={setting.fieldErrors("note")}>
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
  const { t } = useTranslation("lending-requests");
  const id = `${action}-${request.id}`;
  const conditions = action === "conditional-reply";
  const title = conditions ? t("reply.conditionsTitle", { title: request.title }) : t("reply.cancelTitle", { title: request.title });
  const reply = async () => {
    const body = conditions ? { accept } : { accept, ...notesBody(notes) };
    onDone(await lendingRequests.act(request.id, action, body), t(conditions ? "reply.recorded" : "reply.answered", { title: request.title }));
  };
  return (
    <ActionForm title={title} submission={replying} action={reply} shownFields={["accept", "internalNote", "partnerNote"]}
      submitLabel={t("reply.submit")} onClose={onClose}>
      <fieldset>
        <legend>{conditions ? t("reply.thePartner") : t("reply.theCancellation")}</legend>
        <label className="inline">
          <input type="radio" name={`${id}-accept`} checked={accept === true} onChange={() => setAccept(true)} />
          {conditions ? t("reply.accepts") : t("reply.isAccepted")}
        </label>
        <label className="inline">
          <input type="radio" name={`${id}-accept`} checked={accept === false} onChange={() => setAccept(false)} />
          {conditions ? t("reply.declines") : t("reply.isRefused")}
        </label>
        {replying.fieldErrors("accept").length > 0 && <span className="field-error">{replying.fieldErrors("accept").join(" ")}</span>}
      </fieldset>
      {!conditions && <NotesFields idPrefix={id} notes={notes} onChange={setNotes} submission={replying} />}
    </ActionForm>
  );
}
