import { useCallback, useState } from "react";
import type { ActivityType, Definition } from "../../api/types";
import { Flowchart } from "../../components/Flowchart";
import { ActivityPalette } from "./ActivityPalette";
import { ActivityPanel } from "./ActivityPanel";
import { addActivity, connect, removeActivity, setInput, setTarget } from "./definitionEdits";
import { valueOf } from "./inputText";

interface FlowchartDesignerProps {
  definition: Definition;
  types: ActivityType[];
  /** The API's validation messages by key; those keyed by an activity id are shown on it. */
  problems: Record<string, string[]>;
  onChange: (next: Definition) => void;
}

/** The flowchart editor's palette, chart and side panel: add an activity, set its inputs and outcomes, remove it. */
export function FlowchartDesigner({ definition, types, problems, onChange }: FlowchartDesignerProps) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [texts, setTexts] = useState<Record<string, Record<string, string>>>({});

  // Stable, as the chart redraws its nodes when these change.
  const declaredOutcomes = useCallback((type: string) => types.find((t) => t.type === type)?.outcomes ?? [], [types]);
  const connectByDrag = useCallback(
    (source: string, outcome: string, target: string) => onChange(connect(definition, source, outcome, target)),
    [definition, onChange],
  );

  const selected = definition.activities.find((a) => a.id === selectedId);
  const typeOf = (type: string) => types.find((t) => t.type === type);
  const activityIds = new Set(definition.activities.map((a) => a.id));
  const nodeProblems = Object.fromEntries(Object.entries(problems).filter(([key]) => activityIds.has(key)));

  return (
    <>
      <ActivityPalette
        takenIds={definition.activities.map((a) => a.id)}
        types={types}
        onAdd={(id, type) => {
          onChange(addActivity(definition, { id, type, inputs: {} }));
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
              onChange(setInput(definition, selected.id, name, valueOf(text, valueType)));
            }}
            onTarget={(outcome, index, target) => onChange(setTarget(definition, selected.id, outcome, index, target))}
            onRemove={() => {
              onChange(removeActivity(definition, selected.id));
              setSelectedId(null);
              document.getElementById("palette-type")?.focus();
            }}
          />
        )}
      </div>
    </>
  );
}
