import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
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
export function ActivityPalette({ takenIds, types, onAdd, label, idPrefix = "palette" }: ActivityPaletteProps) {
  const { t } = useTranslation("definitions");
  const [type, setType] = useState("");
  const [id, setId] = useState("");
  const [problem, setProblem] = useState("");
  const chosen = type || types[0]?.type || "";

  const add = (e: FormEvent) => {
    e.preventDefault();
    const activityId = id.trim() || freeId(takenIds, chosen);
    if (!chosen) return setProblem(t("palette.chooseType"));
    if (takenIds.includes(activityId)) return setProblem(t("palette.taken", { id: activityId }));
    setProblem("");
    setId("");
    onAdd(activityId, chosen);
  };

  return (
    <form className="palette" onSubmit={add} aria-label={label ?? t("palette.label")} noValidate>
      <FormField id={`${idPrefix}-type`} label={t("palette.type")} hint={types.find((t) => t.type === chosen)?.description}>
        {(control) => (
          <select {...control} value={chosen} onChange={(e) => setType(e.target.value)}>
            {types.map((t) => <option key={t.type} value={t.type}>{t.type}</option>)}
          </select>
        )}
      </FormField>
      <FormField id={`${idPrefix}-id`} label={t("palette.id")} errors={problem ? [problem] : []}>
        {(control) => (
          <input {...control} value={id} placeholder={chosen ? freeId(takenIds, chosen) : ""} onChange={(e) => setId(e.target.value)} />
        )}
      </FormField>
      <button type="submit">{t("palette.add")}</button>
    </form>
  );
}
