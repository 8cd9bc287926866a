import { useState, type FormEvent } from "react";
import type { ActivityType, Definition } from "../../api/types";
import { errorId } from "../../components/FieldError";
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
      <div className="field">
        <label htmlFor="palette-type">Activity type</label>
        <select id="palette-type" value={chosen} onChange={(e) => setType(e.target.value)}
          aria-describedby={types.find((t) => t.type === chosen)?.description ? "palette-type-description" : undefined}>
          {types.map((t) => <option key={t.type} value={t.type}>{t.type}</option>)}
        </select>
        <span id="palette-type-description" className="hint">{types.find((t) => t.type === chosen)?.description}</span>
      </div>
      <div className="field">
        <label htmlFor="palette-id">Activity id</label>
        <input id="palette-id" value={id} placeholder={chosen ? freeId(definition, chosen) : ""}
          onChange={(e) => setId(e.target.value)}
          {...(problem ? { "aria-invalid": true, "aria-describedby": errorId("palette-id") } : {})} />
        {problem && <span id={errorId("palette-id")} className="field-error">{problem}</span>}
      </div>
      <button type="submit">Add activity</button>
    </form>
  );
}
