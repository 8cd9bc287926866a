import { useState, type FormEvent } from "react";
import { moveRequests } from "../../api/library";
import type { MoveRequestView } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

const empty = { barcode: "", fromLibrary: "", fromLocation: "", toLibrary: "", toLocation: "", toDesk: "", manualDescription: "", note: "" };

/**
 * Create move request (Alma: Managing Resource Sharing Lending Requests, "Create Move Request"): the item, the shelf it
 * is taken from, and the location or desk it goes to. A manual description (a serial's issue) makes it a general hold
 * request, which waits for staff to find the issue.
 */
export function CreateMoveForm({ onCreated, onClose }: { onCreated: (move: MoveRequestView) => void; onClose: () => void }) {
  const [form, setForm] = useState(empty);
  const creating = useSubmit();
  const field = (key: keyof typeof empty, label: string, path: string, hint?: string) => (
    <FormField id={`move-${key}`} label={label} hint={hint} errors={creating.fieldErrors(path)}>
      {(control) => <input {...control} value={form[key]} autoFocus={key === "barcode"} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />}
    </FormField>
  );
  const create = (e: FormEvent) => {
    e.preventDefault();
    void creating.run(async () => {
      const toDesk = form.toDesk.trim();
      const move = await moveRequests.create({
        barcode: form.barcode.trim(),
        from: { library: form.fromLibrary.trim(), location: form.fromLocation.trim() },
        to: toDesk ? { library: null, location: null, desk: toDesk } : { library: form.toLibrary.trim(), location: form.toLocation.trim(), desk: null },
        manualDescription: form.manualDescription.trim() || null,
        note: form.note.trim() || null,
      });
      setForm(empty);
      onCreated(move);
    });
  };
  return (
    <form className="action-panel" onSubmit={create} noValidate aria-label="Create move request">
      <h2>Create move request</h2>
      {field("barcode", "Item barcode", "barcode")}
      <fieldset>
        <legend>From</legend>
        <div className="condition">
          {field("fromLibrary", "Library", "from.library")}
          {field("fromLocation", "Location", "from.location")}
        </div>
      </fieldset>
      <fieldset>
        <legend>To</legend>
        <div className="condition">
          {field("toLibrary", "Library", "to.library")}
          {field("toLocation", "Location", "to.location")}
          {field("toDesk", "Or a desk", "to.desk", "A circulation desk or department code")}
        </div>
      </fieldset>
      {field("manualDescription", "Manual description", "manualDescription", "A serial's issue: makes it a general hold request")}
      {field("note", "Note", "note")}
      <ProblemAlert error={creating.problem}
        shownFields={["barcode", "from.library", "from.location", "to.library", "to.location", "to.desk", "manualDescription", "note"]} />
      <div className="form-actions">
        <button type="submit" disabled={creating.busy}>Create</button>
        <button type="button" className="secondary" onClick={onClose}>Close</button>
      </div>
    </form>
  );
}
