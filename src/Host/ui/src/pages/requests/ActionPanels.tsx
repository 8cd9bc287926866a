import { useState, type FormEvent, type ReactNode } from "react";
import { requests } from "../../api/library";
import type { RequestSummary, RequestView } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit, type Submission } from "../../components/useSubmit";

interface PanelProps {
  request: RequestSummary;
  onDone: (view: RequestView, message: string) => void;
  onClose: () => void;
}

/** The frame every row action's form shares: a named group, its alert, and a way back without acting. */
function ActionForm({ title, submission, action, shownFields, submitLabel, onClose, children }: {
  title: string; submission: Submission; action: () => Promise<void>; shownFields: string[]; submitLabel: string;
  onClose: () => void; children: ReactNode;
}) {
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submission.run(action);
  };
  return (
    <form className="action-panel" onSubmit={onSubmit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {children}
      <ProblemAlert error={submission.problem} shownFields={shownFields} />
      <div className="form-actions">
        <button type="submit" disabled={submission.busy}>{submitLabel}</button>
        <button type="button" className="secondary" onClick={onClose}>Close</button>
      </div>
    </form>
  );
}

/** Seed 002's Attachments page: a file for the requester, with an optional note. */
export function AttachPanel({ request, onDone, onClose }: PanelProps) {
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const attaching = useSubmit();
  const id = `attach-${request.id}`;
  // No file is still sent, so the API's own message names the missing field.
  const attach = async () =>
    onDone(await requests.attach(request.id, file ?? new File([], ""), note), `Attached ${file?.name ?? ""} to ${request.title}`);
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

/** Adds the digitized files to the digital inventory as a representation of the item. */
export function RepresentationPanel({ request, onDone, onClose }: PanelProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [usageType, setUsageType] = useState("Primary");
  const [library, setLibrary] = useState("");
  const adding = useSubmit();
  const id = `representation-${request.id}`;
  const add = async () =>
    onDone(await requests.addRepresentation(request.id, files, usageType, library), `Added a representation of ${request.title}`);
  return (
    <ActionForm title={`Add digital inventory: ${request.title}`} submission={adding} action={add}
      shownFields={["file", "usageType", "library"]} submitLabel="Add representation" onClose={onClose}>
      <FormField id={`${id}-files`} label="Files" errors={adding.fieldErrors("file")}>
        {(control) => <input {...control} type="file" multiple autoFocus onChange={(e) => setFiles([...(e.target.files ?? [])])} />}
      </FormField>
      <FormField id={`${id}-usage`} label="Usage type" errors={adding.fieldErrors("usageType")}>
        {(control) => (
          <select {...control} value={usageType} onChange={(e) => setUsageType(e.target.value)}>
            <option value="Primary">Primary</option>
            <option value="Derivative">Derivative</option>
          </select>
        )}
      </FormField>
      <FormField id={`${id}-library`} label="Library" errors={adding.fieldErrors("library")}>
        {(control) => <input {...control} value={library} placeholder="MAIN" onChange={(e) => setLibrary(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}

/** Cancel with a reason: seed 002's list when it has one, else the reason as typed. */
export function CancelPanel({ request, reasons, onDone, onClose }: PanelProps & { reasons: string[] }) {
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const cancelling = useSubmit();
  const id = `cancel-${request.id}`;
  const cancel = async () => onDone(await requests.cancel(request.id, reason, note), `Cancelled ${request.title}`);
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
