import { useState } from "react";
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
  const typeOf = (type: string) => types.find((t) => t.type === type);

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
      <legend>Runs</legend>
      {run.length === 0 && <p>It runs no activity.</p>}
      <ol className="plain-list">
        {run.map((activity, index) => (
          <li key={activity.id} className="run-step">
            <h3>{activity.id} <span className="subtle">({activity.type})</span></h3>
            {!typeOf(activity.type) && <p className="hint">This type is not registered; its inputs are shown as the definition holds them.</p>}
            {(activity.on !== undefined || (deciding && index > decidingIndex)) && (
              <FormField id={`${idPrefix}-on-${activity.id}`} label="Runs on"
                hint={deciding ? `an outcome of ${deciding.activity.id} (${deciding.activity.type}), or any` : "no activity before it decides an outcome"}>
                {(control) => (
                  <select {...control} value={activity.on ?? ""} onChange={(e) => setOn(activity, e.target.value)}>
                    <option value="">any outcome</option>
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
                <button type="button" className="secondary" onClick={() => moveUp(index)} aria-label={`Run ${activity.id} earlier`}>Earlier</button>
              )}
              <button type="button" className="danger" onClick={() => onChange(run.filter((_, i) => i !== index))} aria-label={`Remove ${activity.id}`}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <ActivityPalette takenIds={run.map((a) => a.id)} types={types} label="Add an activity to run" idPrefix={`${idPrefix}-palette`}
        onAdd={(id, type) => onChange([...run, { id, type, inputs: {} }])} />
    </fieldset>
  );
}
