import { useState, type FormEvent, type ReactNode } from "react";
import { requests } from "../../api/library";
import type { RequestSummary, RequestView } from "../../api/types";
import { describedBy, FieldError } from "../../components/FieldError";
import { ProblemAlert } from "../../components/ProblemAlert";

interface PanelProps {
  request: RequestSummary;
  onDone: (view: RequestView, message: string) => void;
  onClose: () => void;
}

/** The frame every row action's form shares: a named group, its alert, and a way back without acting. */
function ActionForm({ title, error, shownFields, submit, submitLabel, onClose, children }: {
  title: string; error: unknown; shownFields: string[]; submit: () => Promise<void>; submitLabel: string;
  onClose: () => void; children: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await submit();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="action-panel" onSubmit={onSubmit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {children}
      <ProblemAlert error={error} shownFields={shownFields} />
      <div className="form-actions">
        <button type="submit" disabled={busy}>{submitLabel}</button>
        <button type="button" className="secondary" onClick={onClose}>Close</button>
      </div>
    </form>
  );
}

/** Seed 002's Attachments page: a file for the requester, with an optional note. */
export function AttachPanel({ request, onDone, onClose }: PanelProps) {
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  const id = `attach-${request.id}`;
  const submit = async () => {
    setError(null);
    try {
      // No file is still sent, so the API's own message names the missing field.
      onDone(await requests.attach(request.id, file ?? new File([], ""), note), `Attached ${file?.name ?? ""} to ${request.title}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <ActionForm title={`Attach documents: ${request.title}`} error={error} shownFields={["file", "note"]} submit={submit}
      submitLabel="Upload" onClose={onClose}>
      <div className="field">
        <label htmlFor={`${id}-file`}>File</label>
        <input id={`${id}-file`} type="file" autoFocus onChange={(e) => setFile(e.target.files?.[0] ?? null)} {...describedBy(error, "file", `${id}-file`)} />
        <FieldError error={error} path="file" fieldId={`${id}-file`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} {...describedBy(error, "note", `${id}-note`)} />
        <FieldError error={error} path="note" fieldId={`${id}-note`} />
      </div>
    </ActionForm>
  );
}

/** Adds the digitized files to the digital inventory as a representation of the item. */
export function RepresentationPanel({ request, onDone, onClose }: PanelProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [usageType, setUsageType] = useState("Primary");
  const [library, setLibrary] = useState("");
  const [error, setError] = useState<unknown>(null);
  const id = `representation-${request.id}`;
  const submit = async () => {
    setError(null);
    try {
      onDone(await requests.addRepresentation(request.id, files, usageType, library), `Added a representation of ${request.title}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <ActionForm title={`Add digital inventory: ${request.title}`} error={error} shownFields={["file", "usageType", "library"]}
      submit={submit} submitLabel="Add representation" onClose={onClose}>
      <div className="field">
        <label htmlFor={`${id}-files`}>Files</label>
        <input id={`${id}-files`} type="file" multiple autoFocus onChange={(e) => setFiles([...(e.target.files ?? [])])}
          {...describedBy(error, "file", `${id}-files`)} />
        <FieldError error={error} path="file" fieldId={`${id}-files`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-usage`}>Usage type</label>
        <select id={`${id}-usage`} value={usageType} onChange={(e) => setUsageType(e.target.value)} {...describedBy(error, "usageType", `${id}-usage`)}>
          <option value="Primary">Primary</option>
          <option value="Derivative">Derivative</option>
        </select>
        <FieldError error={error} path="usageType" fieldId={`${id}-usage`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-library`}>Library</label>
        <input id={`${id}-library`} value={library} placeholder="MAIN" onChange={(e) => setLibrary(e.target.value)}
          {...describedBy(error, "library", `${id}-library`)} />
        <FieldError error={error} path="library" fieldId={`${id}-library`} />
      </div>
    </ActionForm>
  );
}

/** Cancel with a reason: seed 002's list when it has one, else the reason as typed. */
export function CancelPanel({ request, reasons, onDone, onClose }: PanelProps & { reasons: string[] }) {
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  const id = `cancel-${request.id}`;
  const submit = async () => {
    setError(null);
    try {
      onDone(await requests.cancel(request.id, reason, note), `Cancelled ${request.title}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <ActionForm title={`Cancel: ${request.title}`} error={error} shownFields={["reason", "note"]} submit={submit}
      submitLabel="Confirm cancellation" onClose={onClose}>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Cancel reason</label>
        {reasons.length > 0 ? (
          <select id={`${id}-reason`} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} {...describedBy(error, "reason", `${id}-reason`)}>
            <option value="">Choose a reason</option>
            {reasons.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        ) : (
          <input id={`${id}-reason`} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} {...describedBy(error, "reason", `${id}-reason`)} />
        )}
        <FieldError error={error} path="reason" fieldId={`${id}-reason`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note to the requester</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} {...describedBy(error, "note", `${id}-note`)} />
        <FieldError error={error} path="note" fieldId={`${id}-note`} />
      </div>
    </ActionForm>
  );
}
