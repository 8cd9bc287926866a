import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { MachineState } from "../../api/types";
import { FormField } from "../../components/FormField";

type Timer = NonNullable<MachineState["timers"]>[number];

interface TimerListProps {
  timers: Timer[];
  /** The names of the actions allowed from the status: what a timer can take. */
  actions: string[];
  onChange: (timers: Timer[]) => void;
}

/** A status's durable timers: at the instant a variable holds, the named action is taken. Removed, or one more added. */
export function TimerList({ timers, actions, onChange }: TimerListProps) {
  const [at, setAt] = useState("");
  const [action, setAction] = useState("");
  const [problem, setProblem] = useState("");
  const chosen = action || actions[0] || "";
  const { t } = useTranslation("definitions");

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!at.trim()) return setProblem(t("timer.needsAt"));
    if (!chosen) return setProblem(t("timer.needsAction"));
    setProblem("");
    setAt("");
    onChange([...timers, { at: at.trim(), action: chosen }]);
  };

  return (
    <fieldset>
      <legend>{t("timer.legend")}</legend>
      {timers.length === 0 && <p>{t("timer.none")}</p>}
      <ul className="plain-list">
        {timers.map((timer, i) => (
          <li key={i} className="row-actions">
            <span>{t("timer.entry", { action: timer.action, at: timer.at })}</span>
            <button type="button" className="secondary" onClick={() => onChange(timers.filter((_, j) => j !== i))}
              aria-label={t("timer.removeOf", { action: timer.action, at: timer.at })}>{t("timer.remove")}</button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} aria-label={t("timer.addForm")} noValidate>
        <FormField id="timer-at" label={t("timer.at")} errors={problem ? [problem] : []} hint={t("timer.atHint")}>
          {(control) => <input {...control} value={at} onChange={(e) => setAt(e.target.value)} />}
        </FormField>
        <FormField id="timer-action" label={t("timer.take")}>
          {(control) => (
            <select {...control} value={chosen} onChange={(e) => setAction(e.target.value)}>
              {actions.map((a) => <option key={a} value={a}>{a}</option>)}
            </select>
          )}
        </FormField>
        <button type="submit" className="secondary">{t("timer.add")}</button>
      </form>
    </fieldset>
  );
}
