import { useTranslation } from "react-i18next";
import type { ActivityType, StateMachineDefinition } from "../../api/types";
import { ProblemList } from "./ProblemList";
import { RunList } from "./RunList";
import { TargetEditor } from "./TargetEditor";

interface MachineStartPanelProps {
  definition: StateMachineDefinition;
  types: ActivityType[];
  problems: string[];
  onChange: (start: StateMachineDefinition["start"]) => void;
}

/** The side panel of the start: the activities a new request runs first, and the status (or one per outcome) it enters. */
export function MachineStartPanel({ definition, types, problems, onChange }: MachineStartPanelProps) {
  const { start } = definition;
  const run = start.run ?? [];
  const { t } = useTranslation("definitions");
  return (
    <aside aria-label={t("start.panel")} className="activity-panel">
      <h2>{t("start.panel")}</h2>
      <ProblemList problems={problems} />
      <RunList run={run} types={types} idPrefix="start-run" onChange={(next) => onChange({ ...start, run: next })} />
      <TargetEditor to={start.to} statuses={definition.states.map((s) => s.name)} run={run} types={types} forStart idPrefix="start-to"
        onChange={(to) => onChange({ ...start, to: to ?? "" })} />
    </aside>
  );
}
