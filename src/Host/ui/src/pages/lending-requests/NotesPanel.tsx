import { useState } from "react";
import { lendingRequests } from "../../api/library";
import type { LendingAction } from "../../api/types";
import { ActionForm } from "../../components/ActionForm";
import { useSubmit } from "../../components/useSubmit";
import { actionLabels } from "./lendingActions";
import { NotesFields, noNotes, notesBody } from "./NotesFields";
import type { LendingPanelProps } from "./panelProps";

/**
 * An action that needs nothing but its optional notes (Will supply, Check in, Lost, ...), and Add note itself, which
 * needs one of the two.
 */
export function NotesPanel({ request, action, onDone, onClose }: LendingPanelProps & { action: Exclude<LendingAction, "ship-digitally"> }) {
  const [notes, setNotes] = useState(noNotes);
  const acting = useSubmit();
  const label = actionLabels[action];
  const act = async () => onDone(await lendingRequests.act(request.id, action, notesBody(notes)), `${label}: ${request.title}`);
  return (
    <ActionForm title={`${label}: ${request.title}`} submission={acting} action={act} shownFields={["internalNote", "partnerNote"]}
      submitLabel={action === "notes" ? "Save note" : label} onClose={onClose}>
      <NotesFields idPrefix={`${action}-${request.id}`} notes={notes} onChange={setNotes} submission={acting} />
    </ActionForm>
  );
}
