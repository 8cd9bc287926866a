import { useState, type FormEvent } from "react";
import type { ActivityType } from "../../api/types";
import { FormField } from "../../components/FormField";
import { freeId } from "./definitionEdits";

interface ActivityPaletteProps {
  /** The ids of the activities there already (a flowchart's, or those an action runs). */
  takenIds: string[];
  types: ActivityType[];
  onAdd: (id: string, type: string) => void;
  /** The form's name and its fields' id prefix, where a page has a second palette (a state-machine action's run). */
  label?: string;
  idPrefix?: string;
}

/** Adds an activity of a registered type; a keyboard user's way onto the canvas, no dragging needed. */
export function ActivityPalette({ takenIds, types, onAdd, label = "Palette", idPrefix = "palette" }: ActivityPaletteProps) {
  const [type, setType] = useState("");
  const [id, setId] = useState("");
  const [problem, setProblem] = useState("");
  const chosen = type || types[0]?.type || "";

  const add = (e: FormEvent) => {
    e.preventDefault();
    const activityId = id.trim() || freeId(takenIds, chosen);
    if (!chosen) return setProblem("Choose an activity type.");
    if (takenIds.includes(activityId)) return setProblem(`An activity '${activityId}' is already there.`);
    setProblem("");
    setId("");
    onAdd(activityId, chosen);
  };

  return (
    <form className="palette" onSubmit={add} aria-label={label} noValidate>
      <FormField id={`${idPrefix}-type`} label="Activity type" hint={types.find((t) => t.type === chosen)?.description}>
        {(control) => (
          <select {...control} value={chosen} onChange={(e) => setType(e.target.value)}>
            {types.map((t) => <option key={t.type} value={t.type}>{t.type}</option>)}
          </select>
        )}
      </FormField>
      <FormField id={`${idPrefix}-id`} label="Activity id" errors={problem ? [problem] : []}>
        {(control) => (
          <input {...control} value={id} placeholder={chosen ? freeId(takenIds, chosen) : ""} onChange={(e) => setId(e.target.value)} />
        )}
      </FormField>
      <button type="submit">Add activity</button>
    </form>
  );
}
