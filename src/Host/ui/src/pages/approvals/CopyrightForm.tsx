import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
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

// Each label is copyright.<name> in the approvals namespace.
const dataFields: { name: Exclude<keyof CopyrightDraft, "note">; type: "text" | "date" }[] = [
  { name: "ccNumber", type: "text" },
  { name: "ccOrderDate", type: "date" },
  { name: "ccApprovalDate", type: "date" },
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
  const { t } = useTranslation("approvals");

  const save = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(async () => {
      const saved = await approvals.saveCopyright(approval.requestId, {
        ccNumber: form.ccNumber || null,
        ccOrderDate: form.ccOrderDate || null,
        ccApprovalDate: form.ccApprovalDate || null,
        note: form.note || null,
      });
      onSaved(saved, t("copyright.saved"));
    });
  };

  return (
    <form onSubmit={save} noValidate>
      <fieldset>
        <legend>{t("copyright.legend")}{approval.requiresCopyrightClearance ? t("copyright.required") : ""}</legend>
        {approval.missingCopyrightFields.length > 0 && approval.requiresCopyrightClearance && (
          <p className="hint">{t("copyright.missing", { fields: approval.missingCopyrightFields.join(", ") })}</p>
        )}
        {dataFields.map(({ name, type }) => (
          <FormField key={name} id={`cc-${name}`} label={t(`copyright.${name}`)} errors={saving.fieldErrors(name)}>
            {(control) => (
              <input {...control} type={type} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
            )}
          </FormField>
        ))}
        <FormField id="cc-note" label={t("copyright.note")} errors={saving.fieldErrors("note")}>
          {(control) => <textarea {...control} rows={2} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />}
        </FormField>
        <ProblemAlert error={saving.problem} shownFields={shownFields} />
        <button type="submit">{t("copyright.submit")}</button>
      </fieldset>
    </form>
  );
}
