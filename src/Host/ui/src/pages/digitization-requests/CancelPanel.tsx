import { useState } from "react";
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
  const id = `cancel-${request.id}`;
  const cancel = async () => onDone(await digitizationRequests.cancel(request.id, reason, note), `Cancelled ${request.title}`);
  return (
    <ActionForm title={`Cancel: ${request.title}`} submission={cancelling} action={cancel} shownFields={["reason", "note"]}
      submitLabel="Confirm cancellation" onClose={onClose}>
      <FormField id={`${id}-reason`} label="Cancel reason" errors={cancelling.fieldErrors("reason")}>
        {(control) => reasons.length > 0 ? (
          <select {...control} value={reason} autoFocus onChange={(e) => setReason(e.target.value)}>
            <option value="">Choose a reason</option>
            {reasons.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        ) : (
          <input {...control} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} />
        )}
      </FormField>
      <FormField id={`${id}-note`} label="Note to the requester" errors={cancelling.fieldErrors("note")}>
        {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
