import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { definitions } from "../../api/library";
import type { ActivityType, DefinitionSummary, WorkflowDefinition } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { DefinitionDesigner } from "./DefinitionDesigner";
import { RunForm } from "./RunForm";
import { download, useDefinitionCommands } from "./useDefinitionCommands";

/**
 * The editor of one stored definition version, a flowchart or a state machine: edits stay local until Validate or
 * Publish sends them. Publishing stores a draft; Activate makes this version the one new requests start on, and the
 * active version's page offers the version active before it, and running it by hand.
 */
export function DefinitionEditor({ definitionId, version }: { definitionId: string; version: number }) {
  const [definition, setDefinition] = useState<WorkflowDefinition | null>(null);
  const [versions, setVersions] = useState<DefinitionSummary[]>([]);
  const [types, setTypes] = useState<ActivityType[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);
  const { status, setStatus, sending, validate, publish } = useDefinitionCommands(version);
  const { t } = useTranslation("definitions");

  const loadVersions = useCallback(
    () => definitions.list().then((all) => setVersions(all.filter((v) => v.id === definitionId)), setLoadError),
    [definitionId],
  );

  useEffect(() => {
    definitions.get(definitionId, version).then(setDefinition, setLoadError);
    definitions.activityTypes().then(setTypes, setLoadError);
    void loadVersions();
  }, [definitionId, version, loadVersions]);

  const edit = useCallback((next: WorkflowDefinition) => {
    setDefinition(next);
    setStatus("");
  }, [setStatus]);

  if (!definition) {
    return (
      <>
        <h1>{t("editor.heading", { id: definitionId, version })}</h1>
        <ProblemAlert error={loadError} />
        {!loadError && <p>{t("loading")}</p>}
      </>
    );
  }

  const summary = versions.find((v) => v.version === version);
  const previous = summary?.state === "active" ? versions.find((v) => v.state === "previous") : undefined;

  const activate = (target: number, message: string) => {
    setStatus("");
    void sending.run(async () => {
      await definitions.activate(definitionId, target);
      await loadVersions();
      setStatus(message);
    });
  };

  const exportFile = () =>
    sending.run(async () => download(await definitions.exportFile(definitionId, version), `${definitionId}.json`));

  return (
    <>
      <p className="breadcrumb"><Link href="/definitions">{t("title")}</Link></p>
      <h1>
        {definition.name}{" "}
        <span className="subtle">{summary ? t("editor.subtitleState", { id: definition.id, version, state: t(`state.${summary.state}`) }) : t("editor.subtitle", { id: definition.id, version })}</span>
      </h1>
      <div className="toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
        <button type="button" onClick={() => validate(definition)} disabled={sending.busy}>{t("editor.validate")}</button>
        <button type="button" onClick={() => publish(definition)} disabled={sending.busy} title={t("editor.publishHint")}>{t("editor.publish")}</button>
        {summary && summary.state !== "active" && (
          <button type="button" onClick={() => activate(version, t("editor.activated", { version }))} disabled={sending.busy}>
            {t("editor.activate", { version })}
          </button>
        )}
        {previous && (
          <button type="button" className="secondary" disabled={sending.busy}
            onClick={() => activate(previous.version, t("editor.rolledBack", { version: previous.version }))}>
            {t("rollBack", { version: previous.version })}
          </button>
        )}
        <button type="button" className="secondary" onClick={exportFile} title={t("editor.exportHint", { version })}>{t("editor.export")}</button>
        {summary?.state === "active" && (
          <button type="button" className="secondary" onClick={() => setRunning(true)} disabled={running} title={t("runInstance.hint")}>
            {t("runInstance.open")}
          </button>
        )}
      </div>
      {running && <RunForm definitionId={definitionId} onClose={() => setRunning(false)} />}
      <StatusMessage message={status} />
      <ProblemAlert error={sending.problem ?? loadError} />
      <DefinitionDesigner definition={definition} types={types} problem={sending.problem} onChange={edit} />
    </>
  );
}
