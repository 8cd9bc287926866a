import { useState, type FormEvent } from "react";
import { approvals } from "../../api/library";
import type { Approval, CopyrightBody } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

interface CopyrightFormProps {
  approval: Approval;
  onSaved: (approval: Approval, message: string) => void;
}

/** The copyright fields as typed; an empty one is sent as null. */
type CopyrightDraft = Record<keyof CopyrightBody, string>;

const dataFields: { name: Exclude<keyof CopyrightDraft, "note">; label: string; type: "text" | "date" }[] = [
  { name: "ccNumber", label: "CC number", type: "text" },
  { name: "ccOrderDate", label: "CC order date", type: "date" },
  { name: "ccApprovalDate", label: "CC approval date", type: "date" },
];

const shownFields = ["ccNumber", "ccOrderDate", "ccApprovalDate", "note"];

/**
 * The Copyright Clearance Center fields a clearance needs before it can be approved (Alma: Digitization Processing,
 * Approving/Rejecting a Request for Digitization).
 */
export function CopyrightForm({ approval, onSaved }: CopyrightFormProps) {
  const [form, setForm] = useState<CopyrightDraft>({
    ccNumber: approval.copyright.ccNumber ?? "",
    ccOrderDate: approval.copyright.ccOrderDate ?? "",
    ccApprovalDate: approval.copyright.ccApprovalDate ?? "",
    note: approval.copyright.note ?? "",
  });
  const saving = useSubmit();

  const save = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(async () => {
      const saved = await approvals.saveCopyright(approval.requestId, {
        ccNumber: form.ccNumber || null,
        ccOrderDate: form.ccOrderDate || null,
        ccApprovalDate: form.ccApprovalDate || null,
        note: form.note || null,
      });
      onSaved(saved, "Copyright saved");
    });
  };

  return (
    <form onSubmit={save} noValidate>
      <fieldset>
        <legend>Copyright clearance{approval.requiresCopyrightClearance ? " (required by the rule)" : ""}</legend>
        {approval.missingCopyrightFields.length > 0 && approval.requiresCopyrightClearance && (
          <p className="hint">Still missing: {approval.missingCopyrightFields.join(", ")}</p>
        )}
        {dataFields.map(({ name, label, type }) => (
          <FormField key={name} id={`cc-${name}`} label={label} errors={saving.fieldErrors(name)}>
            {(control) => (
              <input {...control} type={type} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
            )}
          </FormField>
        ))}
        <FormField id="cc-note" label="Copyright note" errors={saving.fieldErrors("note")}>
          {(control) => <textarea {...control} rows={2} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />}
        </FormField>
        <ProblemAlert error={saving.problem} shownFields={shownFields} />
        <button type="submit">Save copyright</button>
      </fieldset>
    </form>
  );
}
