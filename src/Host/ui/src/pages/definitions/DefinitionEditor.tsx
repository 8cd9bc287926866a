import { useCallback, useEffect, useState } from "react";
import { definitions } from "../../api/library";
import type { ActivityType, DefinitionSummary, WorkflowDefinition } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { DefinitionDesigner } from "./DefinitionDesigner";
import { download, useDefinitionCommands } from "./useDefinitionCommands";

/**
 * The editor of one stored definition version, a flowchart or a state machine: edits stay local until Validate or
 * Publish sends them. Publishing stores a draft; Activate makes this version the one new requests start on, and the
 * active version's page offers the version active before it.
 */
export function DefinitionEditor({ definitionId, version }: { definitionId: string; version: number }) {
  const [definition, setDefinition] = useState<WorkflowDefinition | null>(null);
  const [versions, setVersions] = useState<DefinitionSummary[]>([]);
  const [types, setTypes] = useState<ActivityType[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { status, setStatus, sending, validate, publish } = useDefinitionCommands(version);

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
        <h1>Workflow definition {definitionId}, version {version}</h1>
        <ProblemAlert error={loadError} />
        {!loadError && <p>Loading…</p>}
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
      <p className="breadcrumb"><Link href="/definitions">Workflow definitions</Link></p>
      <h1>
        {definition.name}{" "}
        <span className="subtle">({definition.id}, version {version}{summary && `, ${summary.state}`})</span>
      </h1>
      <div className="toolbar" role="toolbar" aria-label="Definition">
        <button type="button" onClick={() => validate(definition)} disabled={sending.busy}>Validate</button>
        <button type="button" onClick={() => publish(definition)} disabled={sending.busy} title="Stores the edits as a draft version">Publish</button>
        {summary && summary.state !== "active" && (
          <button type="button" onClick={() => activate(version, `Version ${version} is active: new requests start on it`)} disabled={sending.busy}>
            Activate version {version}
          </button>
        )}
        {previous && (
          <button type="button" className="secondary" disabled={sending.busy}
            onClick={() => activate(previous.version, `Rolled back: version ${previous.version} is active`)}>
            Roll back to v{previous.version}
          </button>
        )}
        <button type="button" className="secondary" onClick={exportFile} title={`Downloads version ${version} as stored`}>Export</button>
      </div>
      <StatusMessage message={status} />
      <ProblemAlert error={sending.problem ?? loadError} />
      <DefinitionDesigner definition={definition} types={types} problem={sending.problem} onChange={edit} />
    </>
  );
}
