import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { definitions } from "../../api/library";
import { navigate } from "../../router";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";
import { jsonObjectIn } from "./jsonText";

/**
 * Runs the definition's active version by hand, with an optional JSON object whose fields are set over its variables,
 * and opens the new instance's page once it has finished or waits. The input is checked here first, so a typing
 * slip is named beside the box rather than by the server.
 */
export function RunForm({ definitionId, onClose }: { definitionId: string; onClose: () => void }) {
  const [input, setInput] = useState("");
  const [inputProblem, setInputProblem] = useState("");
  const running = useSubmit();
  const { t } = useTranslation("definitions");

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // An empty box runs on the definition's own variables.
    const read = input.trim() ? jsonObjectIn(input) : null;
    if (read && "problem" in read) {
      setInputProblem(t(read.problem, { error: read.error }));
      return;
    }
    void running.run(async () => {
      const instance = await definitions.run(definitionId, read?.object);
      navigate(`/workflow-instances/${instance.id}`);
    });
  };

  return (
    <form className="action-panel" onSubmit={submit} noValidate aria-label={t("runInstance.title")}>
      <h2>{t("runInstance.title")}</h2>
      <FormField id="run-input" label={t("runInstance.input")} hint={t("runInstance.inputHint")} errors={inputProblem ? [inputProblem] : []}>
        {(control) => (
          <textarea {...control} rows={4} spellCheck={false} value={input}
            onChange={(e) => { setInput(e.target.value); setInputProblem(""); }} />
        )}
      </FormField>
      <ProblemAlert error={running.problem} />
      <div className="row-actions">
        <button type="submit" disabled={running.busy}>{t("runInstance.submit")}</button>
        <button type="button" className="secondary" onClick={onClose}>{t("runInstance.close")}</button>
      </div>
    </form>
  );
}
