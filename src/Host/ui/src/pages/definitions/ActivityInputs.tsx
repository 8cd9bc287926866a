import { useTranslation } from "react-i18next";
import type { Activity, ActivityType } from "../../api/types";
import { FormField } from "../../components/FormField";
import { textOf } from "./inputText";

interface ActivityInputsProps {
  activity: Activity;
  type: ActivityType | undefined;
  /** Texts as typed, by input name, so half-typed JSON is not reformatted under the cursor. */
  texts: Record<string, string>;
  onInput: (name: string, text: string) => void;
  /** Makes the fields' ids unique on the page (a state machine's actions each run an activity of their own). */
  idPrefix?: string;
}

/** An activity's inputs, one field each: those its type declares, then any the file sets that it does not. */
export function ActivityInputs({ activity, type, texts, onInput, idPrefix = "input" }: ActivityInputsProps) {
  const declared = type?.inputs ?? [];
  const { t } = useTranslation("definitions");
  // Inputs the file sets that the type does not declare stay editable, so nothing in the file is hidden.
  const extra = Object.keys(activity.inputs ?? {}).filter((name) => !declared.some((i) => i.name === name));
  const inputs = [...declared, ...extra.map((name) => ({ name, valueType: "object", required: false, description: null }))];
  return (
    <fieldset>
      <legend>{t("inputs.legend")}</legend>
      {inputs.length === 0 && <p>{t("inputs.none")}</p>}
      {inputs.map((input) => (
        <FormField key={input.name} id={`${idPrefix}-${activity.id}-${input.name}`} label={input.name}
          hint={`${input.valueType}${input.required ? t("inputs.required") : ""}${input.description ? ` — ${input.description}` : ""}`}>
          {(control) => (
            <textarea {...control} rows={1} value={texts[input.name] ?? textOf(activity.inputs?.[input.name])}
              onChange={(e) => onInput(input.name, e.target.value)} />
          )}
        </FormField>
      ))}
    </fieldset>
  );
}
