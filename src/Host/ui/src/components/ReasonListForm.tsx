import { useState, type FormEvent } from "react";
import { FormField } from "./FormField";
import { ProblemAlert } from "./ProblemAlert";
import { useSubmit } from "./useSubmit";

export interface ReasonListLabels {
  title: string;
  /** The text box's label. */
  label: string;
  hint: string;
  save: string;
  /** The message once saved, with the number of reasons the list now has. */
  saved: (count: number) => string;
}

/** A reason list edited as text, one reason a line, and saved whole; what the service kept is shown back. */
export function ReasonListForm({ id, labels, reasons, save, onSaved }: {
  id: string;
  labels: ReasonListLabels;
  reasons: string[];
  save: (reasons: string[]) => Promise<string[]>;
  onSaved: (message: string) => void;
}) {
  const [text, setText] = useState(reasons.join("\n"));
  const saving = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSaved("");
    void saving.run(async () => {
      const saved = await save(text.split("\n").map((r) => r.trim()).filter(Boolean));
      setText(saved.join("\n"));
      onSaved(labels.saved(saved.length));
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={labels.title} className="account-form">
      <h2>{labels.title}</h2>
      <FormField id={id} label={labels.label} hint={labels.hint} errors={saving.fieldErrors("reasons")}>
        {(control) => <textarea {...control} rows={Math.max(4, reasons.length + 1)} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <ProblemAlert error={saving.problem} shownFields={["reasons"]} />
      <button type="submit" disabled={saving.busy}>{labels.save}</button>
    </form>
  );
}
