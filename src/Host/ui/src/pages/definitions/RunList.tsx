import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Activity, ActivityType } from "../../api/types";
import { FormField } from "../../components/FormField";
import { decidingActivity } from "../../components/stateMachine";
import { ActivityInputs } from "./ActivityInputs";
import { ActivityPalette } from "./ActivityPalette";
import { valueOf } from "./inputText";

interface RunListProps {
  run: Activity[];
  types: ActivityType[];
  onChange: (run: Activity[]) => void;
  /** Keeps the fields' ids apart from the page's other forms. */
  idPrefix: string;
}

/**
 * The activities a state machine's action (or its start) runs, in order, from the same registry as a flowchart's:
 * each one's inputs, moved up or removed; a new one added from the palette at the end. The deciding one's outcome
 * chooses the status when the action leads by outcome, and an activity after it may run on one of its outcomes only.
 */
export function RunList({ run, types, onChange, idPrefix }: RunListProps) {
  // Texts as typed, by activity id and input name, so half-typed JSON is not reformatted under the cursor.
  const [texts, setTexts] = useState<Record<string, Record<string, string>>>({});
  const typeOf = (type: string) => types.find((candidate) => candidate.type === type);
  const { t } = useTranslation("definitions");

  const setInput = (activity: Activity, name: string, text: string) => {
    setTexts({ ...texts, [activity.id]: { ...texts[activity.id], [name]: text } });
    const value = valueOf(text, typeOf(activity.type)?.inputs.find((i) => i.name === name)?.valueType);
    const inputs = { ...(activity.inputs ?? {}) };
    if (value === undefined) delete inputs[name];
    else inputs[name] = value;
    onChange(run.map((a) => (a.id === activity.id ? { ...a, inputs } : a)));
  };

  const deciding = decidingActivity(run, types);
  const decidingIndex = deciding ? run.indexOf(deciding.activity) : -1;
  const setOn = (activity: Activity, on: string) => {
    const next: Activity = { ...activity, on };
    if (on === "") delete next.on;
    onChange(run.map((a) => (a.id === activity.id ? next : a)));
  };

  const moveUp = (index: number) => onChange(run.map((a, i) => (i === index - 1 ? run[index]! : i === index ? run[index - 1]! : a)));

  return (
    <fieldset className="run-list">
      <legend>{t("run.legend")}</legend>
      {run.length === 0 && <p>{t("run.none")}</p>}
      <ol className="plain-list">
        {run.map((activity, index) => (
          <li key={activity.id} className="run-step">
            <h3>{activity.id} <span className="subtle">({activity.type})</span></h3>
            {!typeOf(activity.type) && <p className="hint">{t("notRegistered")}</p>}
            {(activity.on !== undefined || (deciding && index > decidingIndex)) && (
              <FormField id={`${idPrefix}-on-${activity.id}`} label={t("run.on")}
                hint={deciding ? t("run.onHint", { id: deciding.activity.id, type: deciding.activity.type }) : t("run.noDecider")}>
                {(control) => (
                  <select {...control} value={activity.on ?? ""} onChange={(e) => setOn(activity, e.target.value)}>
                    <option value="">{t("run.anyOutcome")}</option>
                    {[...new Set([...(deciding?.outcomes ?? []), ...(activity.on ? [activity.on] : [])])].map((outcome) => (
                      <option key={outcome} value={outcome}>{outcome}</option>
                    ))}
                  </select>
                )}
              </FormField>
            )}
            <ActivityInputs activity={activity} type={typeOf(activity.type)} texts={texts[activity.id] ?? {}}
              onInput={(name, text) => setInput(activity, name, text)} idPrefix={`${idPrefix}-input`} />
            <div className="row-actions">
              {index > 0 && (
                <button type="button" className="secondary" onClick={() => moveUp(index)} aria-label={t("run.earlierOf", { id: activity.id })}>{t("run.earlier")}</button>
              )}
              <button type="button" className="danger" onClick={() => onChange(run.filter((_, i) => i !== index))} aria-label={t("run.removeOf", { id: activity.id })}>
                {t("run.remove")}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <ActivityPalette takenIds={run.map((a) => a.id)} types={types} label={t("run.paletteLabel")} idPrefix={`${idPrefix}-palette`}
        onAdd={(id, type) => onChange([...run, { id, type, inputs: {} }])} />
    </fieldset>
  );
}
