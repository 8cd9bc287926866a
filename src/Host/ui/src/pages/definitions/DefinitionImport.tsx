import { useCallback, useEffect, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { definitions } from "../../api/library";
import type { ActivityType, WorkflowDefinition } from "../../api/types";
import { Link } from "../../router";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { DefinitionDesigner } from "./DefinitionDesigner";
import { parseJson } from "./jsonText";
import { download, useDefinitionCommands } from "./useDefinitionCommands";

/** Whether parsed JSON has what the designer needs to draw a definition of its kind. */
function definitionIn(json: unknown): WorkflowDefinition | string {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return "The file holds no JSON object.";
  const d = json as Record<string, unknown>;
  if (typeof d.id !== "string" || !d.id) return "The file has no \"id\".";
  if (d.kind === "stateMachine") {
    return Array.isArray(d.states) && Array.isArray(d.actions) && typeof d.start === "object" && d.start !== null
      ? (json as WorkflowDefinition)
      : "A state machine needs \"start\", \"states\" and \"actions\".";
  }
  if (d.kind !== undefined && d.kind !== "flowchart") return `The kind "${String(d.kind)}" is neither "flowchart" nor "stateMachine".`;
  return Array.isArray(d.activities) && Array.isArray(d.connections)
    ? (json as WorkflowDefinition)
    : "A flowchart needs \"activities\" and \"connections\".";
}

/**
 * A definition file opened in the designer before it is stored: a flowchart or a state machine, as
 * `workflow-definitions/` holds them or another service's Export wrote them. It is edited like a stored version;
 * Validate and Publish send it (Publish stores it as a draft version and goes to that version's page), Export
 * downloads it as edited. Nothing is stored until Publish.
 */
export function DefinitionImport() {
  const [definition, setDefinition] = useState<WorkflowDefinition | null>(null);
  const [fileProblem, setFileProblem] = useState("");
  // A new file gets a fresh designer: no selection or half-typed input of the one before.
  const [opened, setOpened] = useState(0);
  const [types, setTypes] = useState<ActivityType[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { status, setStatus, sending, validate, publish } = useDefinitionCommands(null);
  const { t } = useTranslation("definitions");

  useEffect(() => {
    definitions.activityTypes().then(setTypes, setLoadError);
  }, []);

  const edit = useCallback((next: WorkflowDefinition) => {
    setDefinition(next);
    setStatus("");
  }, [setStatus]);

  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setStatus("");
    sending.reset();
    const parsed = parseJson(await file.text());
    const found = "error" in parsed ? t("import.notJson", { file: file.name, error: parsed.error }) : definitionIn(parsed.value);
    setFileProblem(typeof found === "string" ? found : "");
    setDefinition(typeof found === "string" ? null : found);
    setOpened((n) => n + 1);
  };

  const exportFile = () =>
    definition && download(new Blob([`${JSON.stringify(definition, null, 2)}\n`], { type: "application/json" }), `${definition.id}.json`);

  return (
    <>
      <p className="breadcrumb"><Link href="/definitions">{t("title")}</Link></p>
      <h1>
        {t("import.heading")}
        {definition && <> {" "}<span className="subtle">{t("import.notStored", { name: definition.name, id: definition.id })}</span></>}
      </h1>
      <FormField id="definition-file" label={t("import.file")} errors={fileProblem ? [fileProblem] : []}
        hint={t("import.fileHint")}>
        {(control) => <input {...control} type="file" accept=".json,application/json" onChange={(e) => void open(e)} />}
      </FormField>
      <ProblemAlert error={loadError} />
      {definition && (
        <>
          <div className="toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
            <button type="button" onClick={() => validate(definition)} disabled={sending.busy}>{t("editor.validate")}</button>
            <button type="button" onClick={() => publish(definition)} disabled={sending.busy} title={t("import.publishHint")}>{t("editor.publish")}</button>
            <button type="button" className="secondary" onClick={exportFile} title={t("import.exportHint")}>{t("editor.export")}</button>
          </div>
          <StatusMessage message={status} />
          <ProblemAlert error={sending.problem} />
          <DefinitionDesigner key={opened} definition={definition} types={types} problem={sending.problem} onChange={edit} />
        </>
      )}
    </>
  );
}
