import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { notes, type DigitizationNote, type NoteFind } from "../../api/requestTools";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { dateTime } from "../../components/format";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { NoteRow } from "./NoteRow";

type FindField = keyof NoteFind;

/**
 * The Notes tab of a request's Edit page (Alma: Digitization Processing, "Edit"): add a note, edit or delete one from
 * its row, and find notes by their text or by who created or last updated them.
 */
export function NotesTab({ requestId, canEdit, onChanged }: { requestId: string; canEdit: boolean; onChanged: () => void }) {
  const { t } = useTranslation("request-tools");
  const [find, setFind] = useState<NoteFind>({});
  const [findText, setFindText] = useState("");
  const [findField, setFindField] = useState<FindField>("text");
  const list = useLoad(() => notes.list(requestId, find), [requestId, find]);
  const [text, setText] = useState("");
  const adding = useSubmit();

  const changed = async () => {
    await list.reload();
    onChanged();
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    void adding.run(async () => {
      await notes.add(requestId, text);
      setText("");
      await changed();
      return t("notes.added");
    });
  };

  const search = (e: FormEvent) => {
    e.preventDefault();
    setFind(findText.trim() ? { [findField]: findText.trim() } : {});
  };

  const rows: DigitizationNote[] = list.data ?? [];
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t("notes.title")}</h2>
      <form className="facets" role="search" aria-label={t("notes.findForm")} onSubmit={search}>
        <FormField id="notes-find-text" label={t("notes.find")} className="grow">
          {(control) => <input {...control} type="search" value={findText} onChange={(e) => setFindText(e.target.value)} />}
        </FormField>
        <FormField id="notes-find-field" label={t("notes.findIn")}>
          {(control) => (
            <select {...control} value={findField} onChange={(e) => setFindField(e.target.value as FindField)}>
              <option value="text">{t("notes.field.text")}</option>
              <option value="createdBy">{t("notes.field.createdBy")}</option>
              <option value="updatedBy">{t("notes.field.updatedBy")}</option>
            </select>
          )}
        </FormField>
        <div className="form-actions"><button type="submit">{t("search.find")}</button></div>
      </form>
      <ProblemAlert error={list.error} />
      {list.loading && !list.data ? <p>{t("notes.loading")}</p> : rows.length === 0 ? <p>{t("notes.none")}</p> : (
        <table>
          <caption className="visually-hidden">{t("notes.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("notes.field.text")}</th>
              <th scope="col">{t("notes.field.createdBy")}</th>
              <th scope="col">{t("notes.field.updatedBy")}</th>
              {canEdit && <th scope="col"><span className="visually-hidden">{t("notes.actions")}</span></th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((n) => (
              <NoteRow key={n.id} requestId={requestId} note={n} canEdit={canEdit} onChanged={changed}
                createdLine={t("notes.by", { who: n.createdBy, when: dateTime(n.createdAt) })}
                updatedLine={t("notes.by", { who: n.updatedBy, when: dateTime(n.updatedAt) })} />
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <form onSubmit={add} noValidate aria-label={t("notes.add")}>
          <FormField id="notes-new" label={t("notes.new")} errors={adding.fieldErrors("text")}>
            {(control) => <textarea {...control} value={text} maxLength={2000} rows={3} onChange={(e) => setText(e.target.value)} />}
          </FormField>
          <ProblemAlert error={adding.problem} shownFields={["text"]} />
          <div className="form-actions"><button type="submit" disabled={adding.busy}>{t("notes.add")}</button></div>
          {adding.success && <p role="status">{adding.success}</p>}
        </form>
      )}
    </section>
  );
}
