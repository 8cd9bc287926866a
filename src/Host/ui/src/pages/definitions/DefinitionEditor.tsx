import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../../api/client";
import { definitions } from "../../api/library";
import type { ActivityType, Definition } from "../../api/types";
import { Link, navigate } from "../../router";
import { Flowchart } from "../../components/Flowchart";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { setFlash, takeFlash } from "../../components/flash";
import { useSubmit } from "../../components/useSubmit";
import { ActivityPalette } from "./ActivityPalette";
import { ActivityPanel } from "./ActivityPanel";
import { addActivity, connect, removeActivity, setInput, setTarget } from "./definitionEdits";
import { valueOf } from "./inputText";

/** Validation messages by activity id; the API files what concerns no single activity under "definition". */
function problemsOf(error: unknown): Record<string, string[]> {
  return error instanceof ApiError ? error.errors : {};
}

/** The flowchart editor of one definition version: edits stay local until Validate or Publish sends them. */
export function DefinitionEditor({ definitionId, version }: { definitionId: string; version: number }) {
  const [definition, setDefinition] = useState<Definition | null>(null);
  const [types, setTypes] = useState<ActivityType[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [texts, setTexts] = useState<Record<string, Record<string, string>>>({});
  const [loadError, setLoadError] = useState<unknown>(null);
  // The status line also reports edits (by clearing), so it is the page's, not the submission's.
  const [status, setStatus] = useState(takeFlash);
  const sending = useSubmit();

  useEffect(() => {
    definitions.get(definitionId, version).then(setDefinition, setLoadError);
    definitions.activityTypes().then(setTypes, setLoadError);
  }, [definitionId, version]);

  // Stable, as the chart redraws its nodes when these change.
  const declaredOutcomes = useCallback((type: string) => types.find((t) => t.type === type)?.outcomes ?? [], [types]);
  const connectByDrag = useCallback((source: string, outcome: string, target: string) => {
    setDefinition((current) => current && connect(current, source, outcome, target));
    setStatus("");
  }, []);

  if (!definition) {
    return (
      <>
        <h1>Workflow definition {definitionId}, version {version}</h1>
        <ProblemAlert error={loadError} />
        {!loadError && <p>Loading…</p>}
      </>
    );
  }

  const edit = (next: Definition) => {
    setDefinition(next);
    setStatus("");
  };
  const selected = definition.activities.find((a) => a.id === selectedId);
  const typeOf = (type: string) => types.find((t) => t.type === type);
  const problems = problemsOf(sending.problem);
  const activityIds = new Set(definition.activities.map((a) => a.id));
  const nodeProblems = Object.fromEntries(Object.entries(problems).filter(([key]) => activityIds.has(key)));

  const validate = () => {
    setStatus("");
    void sending.run(async () => {
      await definitions.validate(definition);
      setStatus("The definition is valid");
    });
  };

  const publish = () => {
    setStatus("");
    void sending.run(async () => {
      const { summary, created } = await definitions.publish(definition);
      const message = created ? `Published version ${summary.version}` : `Unchanged: version ${summary.version} is the newest`;
      if (summary.version === version) {
        setStatus(message);
      } else {
        // The new version gets its own page, so what is shown is what is stored.
        setFlash(message);
        navigate(`/definitions/${encodeURIComponent(summary.id)}/${summary.version}`);
      }
    });
  };

  const exportFile = () =>
    sending.run(async () => {
      const blob = await definitions.exportFile(definitionId, version);
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `${definitionId}.json`;
      // In the document for the click, as some browsers ignore clicks on detached links.
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked on the next turn: the click has started the download by then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    });

  return (
    <>
      <p className="breadcrumb"><Link href="/definitions">Workflow definitions</Link></p>
      <h1>{definition.name} <span className="subtle">({definition.id}, version {version})</span></h1>
      <div className="toolbar" role="toolbar" aria-label="Definition">
        <button type="button" onClick={validate} disabled={sending.busy}>Validate</button>
        <button type="button" onClick={publish} disabled={sending.busy}>Publish</button>
        <button type="button" className="secondary" onClick={exportFile} title={`Downloads version ${version} as stored`}>Export</button>
      </div>
      <StatusMessage message={status} />
      <ProblemAlert error={sending.problem ?? loadError} />
      <ActivityPalette
        definition={definition}
        types={types}
        onAdd={(id, type) => {
          edit(addActivity(definition, { id, type, inputs: {} }));
          setSelectedId(id);
        }}
      />
      <div className="designer">
        <Flowchart
          definition={definition}
          label={`Flowchart of ${definition.id}`}
          selectedId={selectedId}
          onSelect={setSelectedId}
          problems={nodeProblems}
          declaredOutcomes={declaredOutcomes}
          onConnect={connectByDrag}
        />
        {selected && (
          <ActivityPanel
            key={selected.id}
            definition={definition}
            activity={selected}
            type={typeOf(selected.type)}
            texts={texts[selected.id] ?? {}}
            problems={problems[selected.id] ?? []}
            onInput={(name, text) => {
              setTexts({ ...texts, [selected.id]: { ...texts[selected.id], [name]: text } });
              const valueType = typeOf(selected.type)?.inputs.find((i) => i.name === name)?.valueType;
              edit(setInput(definition, selected.id, name, valueOf(text, valueType)));
            }}
            onTarget={(outcome, index, target) => edit(setTarget(definition, selected.id, outcome, index, target))}
            onRemove={() => {
              edit(removeActivity(definition, selected.id));
              setSelectedId(null);
              document.getElementById("palette-type")?.focus();
            }}
          />
        )}
      </div>
    </>
  );
}
