import { useTranslation } from "react-i18next";
import type { Activity, ActivityType, Definition } from "../../api/types";
import { FormField } from "../../components/FormField";
import { doneOutcome, outcomesOf } from "../../components/outcomes";
import { ActivityInputs } from "./ActivityInputs";
import { targetsOf } from "./definitionEdits";

interface ActivityPanelProps {
  definition: Definition;
  activity: Activity;
  type: ActivityType | undefined;
  /** Texts as typed, by input name, so half-typed JSON is not reformatted under the cursor. */
  texts: Record<string, string>;
  problems: string[];
  onInput: (name: string, text: string) => void;
  onTarget: (outcome: string, index: number, target: string | null) => void;
  onRemove: () => void;
}

const none = "";

/** The side panel of the selected activity: its inputs, where each outcome goes, and its removal. */
export function ActivityPanel({ definition, activity, type, texts, problems, onInput, onTarget, onRemove }: ActivityPanelProps) {
  const outcomes = type?.outcomes ?? outcomesOf(definition, activity.id, [doneOutcome]);
  const others = definition.activities.filter((a) => a.id !== activity.id).map((a) => a.id);
  const { t } = useTranslation("definitions");

  return (
    <aside aria-label={t("activity.panel")} className="activity-panel">
      <h2>{activity.id}</h2>
      <p className="activity-type">{activity.type}{type?.description ? ` — ${type.description}` : ""}</p>
      {problems.length > 0 && (
        <ul className="field-error" id={`problems-${activity.id}`}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
      )}
      {!type && <p className="hint">{t("notRegistered")}</p>}

      <ActivityInputs activity={activity} type={type} texts={texts} onInput={onInput} />

      <fieldset>
        <legend>{t("activity.outcomes")}</legend>
        {outcomes.map((outcome) => {
          const targets = targetsOf(definition, activity.id, outcome);
          // One select per connection the outcome has, and one more: the runtime follows every connection of an
          // outcome, so a second target is how a branch fans out (as a Fork's Done does).
          const slots = [...targets, none];
          return slots.map((target, index) => {
            const id = `outcome-${activity.id}-${outcome}-${index}`;
            return (
              <FormField key={id} id={id} label={index === 0 ? t("activity.goesTo", { outcome }) : t("activity.alsoGoesTo", { outcome, number: index + 1 })}>
                {(control) => (
                  <select {...control} value={target} onChange={(e) => onTarget(outcome, index, e.target.value || null)}>
                    <option value={none}>{t("none")}</option>
                    {others.map((o) => <option key={o} value={o}>{o}</option>)}
                  </select>
                )}
              </FormField>
            );
          });
        })}
        {outcomes.length === 0 && <p>{t("activity.noOutcomes")}</p>}
      </fieldset>

      <button type="button" className="danger" onClick={onRemove}>{t("activity.remove")}</button>
    </aside>
  );
}
