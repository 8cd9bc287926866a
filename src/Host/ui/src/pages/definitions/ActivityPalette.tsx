import { useState, type FormEvent } from "react";
import type { ActivityType, Definition } from "../../api/types";
import { FormField } from "../../components/FormField";
import { freeId } from "./definitionEdits";

interface ActivityPaletteProps {
  definition: Definition;
  types: ActivityType[];
  onAdd: (id: string, type: string) => void;
}

/** Adds an activity of a registered type; a keyboard user's way onto the canvas, no dragging needed. */
export function ActivityPalette({ definition, types, onAdd }: ActivityPaletteProps) {
  const [type, setType] = useState("");
  const [id, setId] = useState("");
  const [problem, setProblem] = useState("");
  const chosen = type || types[0]?.type || "";

  const add = (e: FormEvent) => {
    e.preventDefault();
    const activityId = id.trim() || freeId(definition, chosen);
    if (!chosen) return setProblem("Choose an activity type.");
    if (definition.activities.some((a) => a.id === activityId)) return setProblem(`An activity '${activityId}' is already there.`);
    setProblem("");
    setId("");
    onAdd(activityId, chosen);
  };

  return (
    <form className="palette" onSubmit={add} aria-label="Palette" noValidate>
      <FormField id="palette-type" label="Activity type" hint={types.find((t) => t.type === chosen)?.description}>
        {(control) => (
          <select {...control} value={chosen} onChange={(e) => setType(e.target.value)}>
            {types.map((t) => <option key={t.type} value={t.type}>{t.type}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="palette-id" label="Activity id" errors={problem ? [problem] : []}>
        {(control) => (
          <input {...control} value={id} placeholder={chosen ? freeId(definition, chosen) : ""} onChange={(e) => setId(e.target.value)} />
        )}
      </FormField>
      <button type="submit">Add activity</button>
    </form>
  );
}
