import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notes, type DigitizationNote } from "../../api/requestTools";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

/** A note's row: its text and authors, with Edit (in place) and Delete (after a confirmation) for those who may. */
export function NoteRow({ requestId, note, canEdit, createdLine, updatedLine, onChanged }: {
  requestId: string; note: DigitizationNote; canEdit: boolean; createdLine: string; updatedLine: string; onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation("request-tools");
  const [mode, setMode] = useState<"show" | "edit" | "confirm">("show");
  const [text, setText] = useState(note.text);
  const acting = useSubmit();

  const save = () => void acting.run(async () => {
    await notes.edit(requestId, note.id, text);
    setMode("show");
    await onChanged();
  });
  const remove = () => void acting.run(async () => {
    await notes.remove(requestId, note.id);
    await onChanged();
  });

  return (
    <tr>
      <td>
        {mode === "edit" ? (
          <FormField id={`note-${note.id}-text`} label={t("notes.edit")} errors={acting.fieldErrors("text")}>
            {(control) => <textarea {...control} value={text} maxLength={2000} rows={3} onChange={(e) => setText(e.target.value)} />}
          </FormField>
        ) : note.text}
        <ProblemAlert error={acting.problem} shownFields={["text"]} />
      </td>
      <td>{createdLine}</td>
      <td>{updatedLine}</td>
      {canEdit && (
        <td className="row-actions">
          {mode === "show" && (
            <>
              <button type="button" className="secondary" aria-label={t("notes.editOf", { text: note.text })} onClick={() => setMode("edit")}>{t("notes.editAction")}</button>
              <button type="button" className="secondary" aria-label={t("notes.deleteOf", { text: note.text })} onClick={() => setMode("confirm")}>{t("notes.delete")}</button>
            </>
          )}
          {mode === "edit" && (
            <>
              <button type="button" disabled={acting.busy} onClick={save}>{t("notes.save")}</button>
              <button type="button" className="secondary" onClick={() => { setText(note.text); setMode("show"); }}>{t("notes.cancel")}</button>
            </>
          )}
          {mode === "confirm" && (
            <>
              <button type="button" disabled={acting.busy} onClick={remove}>{t("notes.confirmDelete")}</button>
              <button type="button" className="secondary" onClick={() => setMode("show")}>{t("notes.cancel")}</button>
            </>
          )}
        </td>
      )}
    </tr>
  );
}
