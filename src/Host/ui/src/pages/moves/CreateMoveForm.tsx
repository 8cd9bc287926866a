import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("moves");
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
    <form className="action-panel" onSubmit={create} noValidate aria-label={t("create")}>
      <h2>{t("create")}</h2>
      {field("barcode", t("form.barcode"), "barcode")}
      <fieldset>
        <legend>{t("form.from")}</legend>
        <div className="condition">
          {field("fromLibrary", t("form.library"), "from.library")}
          {field("fromLocation", t("form.location"), "from.location")}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("form.to")}</legend>
        <div className="condition">
          {field("toLibrary", t("form.library"), "to.library")}
          {field("toLocation", t("form.location"), "to.location")}
          {field("toDesk", t("form.desk"), "to.desk", t("form.deskHint"))}
        </div>
      </fieldset>
      {field("manualDescription", t("form.manualDescription"), "manualDescription", t("form.manualDescriptionHint"))}
      {field("note", t("form.note"), "note")}
      <ProblemAlert error={creating.problem}
        shownFields={["barcode", "from.library", "from.location", "to.library", "to.location", "to.desk", "manualDescription", "note"]} />
      <div className="form-actions">
        <button type="submit" disabled={creating.busy}>{t("form.create")}</button>
        <button type="button" className="secondary" onClick={onClose}>{t("form.close")}</button>
      </div>
    </form>
  );
}
