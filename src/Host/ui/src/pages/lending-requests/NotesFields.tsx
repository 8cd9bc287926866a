import { useTranslation } from "react-i18next";
import { FormField } from "../../components/FormField";
import type { Submission } from "../../components/useSubmit";

/** The two notes any lending action may carry: one kept for staff, one the partner's letter shows. */
export interface Notes {
  internalNote: string;
  partnerNote: string;
}

export const noNotes: Notes = { internalNote: "", partnerNote: "" };

/** The notes as the API takes them: left out when empty. */
export const notesBody = (notes: Notes) => ({ internalNote: notes.internalNote || null, partnerNote: notes.partnerNote || null });

export function NotesFields({ idPrefix, notes, onChange, submission }: {
  idPrefix: string; notes: Notes; onChange: (notes: Notes) => void; submission: Submission;
}) {
  const { t } = useTranslation("lending-requests");
  return (
    <>
      <FormField id={`${idPrefix}-internal-note`} label={t("notes.internal")} errors={submission.fieldErrors("internalNote")}>
        {(control) => <input {...control} value={notes.internalNote} onChange={(e) => onChange({ ...notes, internalNote: e.target.value })} />}
      </FormField>
      <FormField id={`${idPrefix}-partner-note`} label={t("notes.partner")} errors={submission.fieldErrors("partnerNote")}>
        {(control) => <input {...control} value={notes.partnerNote} onChange={(e) => onChange({ ...notes, partnerNote: e.target.value })} />}
      </FormField>
    </>
  );
}
