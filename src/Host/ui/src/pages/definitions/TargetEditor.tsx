import { useTranslation } from "react-i18next";
import type { ActionTarget, ActivityType, Activity } from "../../api/types";
import { FormField } from "../../components/FormField";
import { decidingOutcomes, interruptedTarget } from "../../components/stateMachine";

type TargetKind = "stay" | "status" | "interrupted" | "outcome";

interface TargetEditorProps {
  /** Absent: the status stays. */
  to: ActionTarget | undefined;
  statuses: string[];
  /** What it runs: the deciding activity's outcomes are the rows of a target by outcome. */
  run: Activity[];
  types: ActivityType[];
  onChange: (to: ActionTarget | undefined) => void;
  /** The start cannot stay or return: it has no status yet. */
  forStart?: boolean;
  idPrefix: string;
}

const kindOf = (to: ActionTarget | undefined): TargetKind =>
  to === undefined || to === null ? "stay" : typeof to !== "string" ? "outcome" : to === interruptedTarget ? "interrupted" : "status";

/** An outcome the target does not map: the server refuses it, so the select shows it as a gap to fill. */
const nowhere = "";
/** An outcome mapped to null: the status stays. "$" as no status name may begin with it. */
const stays = "$stays";

/** Where an action leads: the same status, one status, back to the status it interrupted, or a status per outcome. */
export function TargetEditor({ to, statuses, run, types, onChange, forStart = false, idPrefix }: TargetEditorProps) {
  const kind = kindOf(to);
  const { t } = useTranslation("definitions");
  const declared = decidingOutcomes(run, types);
  const byOutcome = typeof to === "object" ? to : {};
  const outcomes = [...new Set([...declared, ...Object.keys(byOutcome)])];

  const choose = (next: TargetKind) => {
    if (next === "stay") onChange(undefined);
    else if (next === "interrupted") onChange(interruptedTarget);
    else if (next === "status") onChange(typeof to === "string" && to !== interruptedTarget ? to : statuses[0] ?? "");
    else onChange(Object.fromEntries(declared.map((o) => [o, statuses[0] ?? ""])));
  };

  const setOutcome = (outcome: string, target: string) => {
    const next = { ...byOutcome };
    if (target === nowhere) delete next[outcome];
    else next[outcome] = target === stays ? null : target;
    onChange(next);
  };

  return (
    <fieldset>
      <legend>{t("target.legend")}</legend>
      <FormField id={`${idPrefix}-kind`} label={t("target.leads")}>
        {(control) => (
          <select {...control} value={kind} onChange={(e) => choose(e.target.value as TargetKind)}>
            {!forStart && <option value="stay">{t("target.stay")}</option>}
            <option value="status">{t("target.status")}</option>
            {!forStart && <option value="interrupted">{t("target.interrupted")}</option>}
            <option value="outcome">{t("target.outcome")}</option>
          </select>
        )}
      </FormField>
      {kind === "status" && (
        <FormField id={`${idPrefix}-status`} label={t("target.statusLabel")}>
          {(control) => (
            <select {...control} value={to as string} onChange={(e) => onChange(e.target.value)}>
              {!statuses.includes(to as string) && <option value={to as string}>{t("target.notAStatus", { name: to as string })}</option>}
              {statuses.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          )}
        </FormField>
      )}
      {kind === "outcome" && (
        <p className="hint">{t("target.decidingHint")}</p>
      )}
      {kind === "outcome" && outcomes.map((outcome) => {
        const mapped = byOutcome[outcome];
        const target = mapped === undefined ? nowhere : mapped === null ? stays : mapped;
        return (
          <FormField key={outcome} id={`${idPrefix}-outcome-${outcome}`} label={t("target.outcomeLeadsTo", { outcome })}>
            {(control) => (
              <select {...control} value={target} onChange={(e) => setOutcome(outcome, e.target.value)}>
                <option value={nowhere}>{t("target.notSaid")}</option>
                {!forStart && <option value={stays}>{t("target.statusStays")}</option>}
                {!forStart && <option value={interruptedTarget}>{t("target.statusInterrupted")}</option>}
                {target !== nowhere && target !== stays && target !== interruptedTarget && !statuses.includes(target) && (
                  <option value={target}>{t("target.notAStatus", { name: target })}</option>
                )}
                {statuses.map((s) => <option key={s} value={s}>{s}</option>)}
              </select>
            )}
          </FormField>
        );
      })}
    </fieldset>
  );
}
