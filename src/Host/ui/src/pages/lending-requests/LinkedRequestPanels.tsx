import { useState } from "react";
import { useTranslation } from "react-i18next";
import { departments, lendingRequests } from "../../api/library";
import { ActionForm } from "../../components/ActionForm";
import { FormField } from "../../components/FormField";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import type { LendingPanelProps } from "./panelProps";

/** Create move request: the resource-sharing library and location the item is brought to before it ships. */
export function MoveRequestPanel({ request, onDone, onClose }: LendingPanelProps) {
  const [library, setLibrary] = useState("");
  const [location, setLocation] = useState("");
  const [note, setNote] = useState("");
  const creating = useSubmit();
  const { t } = useTranslation("lending-requests");
  const id = `move-${request.id}`;
  const create = async () =>
    onDone(await lendingRequests.act(request.id, "move-request", { library, location, note: note || null }), t("move.done", { title: request.title }));
  return (
    <ActionForm title={t("move.title", { title: request.title })} submission={creating} action={create}
      shownFields={["library", "location", "note"]} submitLabel={t("action.move-request")} onClose={onClose}>
      <FormField id={`${id}-library`} label={t("move.toLibrary")} errors={creating.fieldErrors("library")}>
        {(control) => <input {...control} value={library} autoFocus placeholder="MAIN" onChange={(e) => setLibrary(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-location`} label={t("move.toLocation")} errors={creating.fieldErrors("location")}>
        {(control) => <input {...control} value={location} placeholder="RS" onChange={(e) => setLocation(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-note`} label={t("move.note")} errors={creating.fieldErrors("note")}>
        {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}

/** Create digitization request: the department digitizes the item and the file ships to the partner when it is done. */
export function DigitizationRequestPanel({ request, onDone, onClose }: LendingPanelProps) {
  const list = useLoad(departments.list, []);
  const [department, setDepartment] = useState("");
  const [note, setNote] = useState("");
  const creating = useSubmit();
  const { t } = useTranslation("lending-requests");
  const id = `digitization-${request.id}`;
  const chosen = department || list.data?.[0]?.code || "";
  const create = async () =>
    onDone(await lendingRequests.act(request.id, "digitization-request", { department: chosen || null, note: note || null }),
      t("digitization.done", { title: request.title }));
  return (
    <ActionForm title={t("digitization.title", { title: request.title })} submission={creating} action={create}
      shownFields={["department", "note"]} submitLabel={t("action.digitization-request")} onClose={onClose}>
      <FormField id={`${id}-department`} label={t("digitization.department")} errors={creating.fieldErrors("department")}>
        {(control) => (
          <select {...control} value={chosen} autoFocus onChange={(e) => setDepartment(e.target.value)}>
            {(list.data ?? []).map((d) => <option key={d.code} value={d.code}>{d.name || d.code}</option>)}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-note`} label={t("notes.internal")} errors={creating.fieldErrors("note")}>
        {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
