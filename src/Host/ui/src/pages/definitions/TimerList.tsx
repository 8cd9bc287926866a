import { useState, type FormEvent } from "react";
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

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!at.trim()) return setProblem("Name the variable that holds when the timer is due.");
    if (!chosen) return setProblem("Add an action from this status first: a timer takes one.");
    setProblem("");
    setAt("");
    onChange([...timers, { at: at.trim(), action: chosen }]);
  };

  return (
    <fieldset>
      <legend>Timers</legend>
      {timers.length === 0 && <p>None.</p>}
      <ul className="plain-list">
        {timers.map((t, i) => (
          <li key={i} className="row-actions">
            <span>{t.action} at the instant in {t.at}</span>
            <button type="button" className="secondary" onClick={() => onChange(timers.filter((_, j) => j !== i))}
              aria-label={`Remove the timer ${t.action} at ${t.at}`}>Remove</button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} aria-label="Add a timer" noValidate>
        <FormField id="timer-at" label="At the instant in" errors={problem ? [problem] : []} hint="A variable, such as dueAt.">
          {(control) => <input {...control} value={at} onChange={(e) => setAt(e.target.value)} />}
        </FormField>
        <FormField id="timer-action" label="Take">
          {(control) => (
            <select {...control} value={chosen} onChange={(e) => setAction(e.target.value)}>
              {actions.map((a) => <option key={a} value={a}>{a}</option>)}
            </select>
          )}
        </FormField>
        <button type="submit" className="secondary">Add timer</button>
      </form>
    </fieldset>
  );
}
