import { useState, type FormEvent } from "react";
import { approvals } from "../../api/library";
import type { Approval } from "../../api/types";
import { describedBy, FieldError } from "../../components/FieldError";
import { ProblemAlert } from "../../components/ProblemAlert";

interface CopyrightFormProps {
  approval: Approval;
  onSaved: (approval: Approval, message: string) => void;
}

const fields = ["ccNumber", "ccOrderDate", "ccApprovalDate", "note"];

/** The Copyright Clearance Center fields seed 002 asks for before a clearance can be approved. */
export function CopyrightForm({ approval, onSaved }: CopyrightFormProps) {
  const [form, setForm] = useState({
    ccNumber: approval.copyright.ccNumber ?? "",
    ccOrderDate: approval.copyright.ccOrderDate ?? "",
    ccApprovalDate: approval.copyright.ccApprovalDate ?? "",
    note: approval.copyright.note ?? "",
  });
  const [error, setError] = useState<unknown>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const saved = await approvals.saveCopyright(approval.requestId, {
        ccNumber: form.ccNumber || null,
        ccOrderDate: form.ccOrderDate || null,
        ccApprovalDate: form.ccApprovalDate || null,
        note: form.note || null,
      });
      onSaved(saved, "Copyright saved");
    } catch (err) {
      setError(err);
    }
  };

  const field = (name: keyof typeof form, label: string, type: "text" | "date") => (
    <div className="field">
      <label htmlFor={`cc-${name}`}>{label}</label>
      <input id={`cc-${name}`} type={type} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })}
        {...describedBy(error, name, `cc-${name}`)} />
      <FieldError error={error} path={name} fieldId={`cc-${name}`} />
    </div>
  );

  return (
    <form onSubmit={save} noValidate>
      <fieldset>
        <legend>Copyright clearance{approval.requiresCopyrightClearance ? " (required by the rule)" : ""}</legend>
        {approval.missingCopyrightFields.length > 0 && approval.requiresCopyrightClearance && (
          <p className="hint">Still missing: {approval.missingCopyrightFields.join(", ")}</p>
        )}
        {field("ccNumber", "CC number", "text")}
        {field("ccOrderDate", "CC order date", "date")}
        {field("ccApprovalDate", "CC approval date", "date")}
        <div className="field">
          <label htmlFor="cc-note">Copyright note</label>
          <textarea id="cc-note" rows={2} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })}
            {...describedBy(error, "note", "cc-note")} />
          <FieldError error={error} path="note" fieldId="cc-note" />
        </div>
        <ProblemAlert error={error} shownFields={fields} />
        <button type="submit">Save copyright</button>
      </fieldset>
    </form>
  );
}
