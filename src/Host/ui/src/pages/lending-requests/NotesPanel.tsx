import { useState } from "react";
import { useTranslation } from "react-i18next";
import { lendingRequests } from "../../api/library";
import { ActionForm } from "../../components/ActionForm";
import { useSubmit } from "../../components/useSubmit";
import { isKnown, labelOf } from "./lendingActions";
import { NotesFields, noNotes, notesBody } from "./NotesFields";
import type { LendingPanelProps } from "./panelProps";

/**
 * An action that needs nothing but its optional notes (Will supply, Check in, Lost, ... and any action a published
 * version of lending added), and Add note itself, which needs one of the two.
 */
export function NotesPanel({ request, action, onDone, onClose }: LendingPanelProps & { action: string }) {
  const [notes, setNotes] = useState(noNotes);
  const acting = useSubmit();
  const { t } = useTranslation("lending-requests");
  const label = labelOf(request, action);
  const take = (body: object) => isKnown(action) && action !== "ship-digitally"
    ? lendingRequests.act(request.id, action, body) : lendingRequests.takeAdded(request.id, action, body);
  const act = async () => onDone(await take(notesBody(notes)), t("titled", { label, title: request.title }));
  return (
    <ActionForm title={t("titled", { label, title: request.title })} submission={acting} action={act} shownFields={["internalNote", "partnerNote"]}
      submitLabel={action === "notes" ? t("notes.save") : label} onClose={onClose}>
      <NotesFields idPrefix={`${action}-${request.id}`} notes={notes} onChange={setNotes} submission={acting} />
    </ActionForm>
  );
}
