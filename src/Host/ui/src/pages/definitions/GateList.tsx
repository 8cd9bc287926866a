import { useTranslation } from "react-i18next";
import type { Gate } from "../../components/stateMachine";
import { FormField } from "../../components/FormField";

/**
 * The sources the library layer reads gates from: the partner's workflow profile, the institution's settings, the
 * request; each named by gate.sourceName.<source> in the definitions namespace.
 */
const knownSources = ["profile", "setting", "request"] as const;
const isKnownSource = (source: string): source is (typeof knownSources)[number] => (knownSources as readonly string[]).includes(source);

/** The gates an action needs besides its status, all of which must hold: each a source's flag, on or off. */
export function GateList({ gates, onChange }: { gates: Gate[]; onChange: (gates: Gate[]) => void }) {
  const sources = [...new Set([...knownSources, ...gates.map((g) => g.source)])];
  const { t } = useTranslation("definitions");
  const change = (index: number, gate: Partial<Gate>) => onChange(gates.map((g, i) => (i === index ? { ...g, ...gate } : g)));
  return (
    <fieldset>
      <legend>{t("gate.legend")}</legend>
      {gates.length === 0 && <p>{t("gate.always")}</p>}
      {gates.map((gate, i) => (
        <div key={i} className="gate">
          <FormField id={`action-gate-${i}-source`} label={t("gate.source")}>
            {(control) => (
              <select {...control} value={gate.source} onChange={(e) => change(i, { source: e.target.value })}>
                {sources.map((s) => <option key={s} value={s}>{isKnownSource(s) ? t(`gate.sourceName.${s}`) : s}</option>)}
              </select>
            )}
          </FormField>
          <FormField id={`action-gate-${i}-flag`} label={t("gate.flag")} hint={t("gate.flagHint")}>
            {(control) => <input {...control} value={gate.flag} onChange={(e) => change(i, { flag: e.target.value })} />}
          </FormField>
          <FormField id={`action-gate-${i}-off`} label={t("gate.off")} checkbox>
            {(control) => <input {...control} type="checkbox" checked={!gate.on} onChange={(e) => change(i, { on: !e.target.checked })} />}
          </FormField>
          <button type="button" className="secondary" onClick={() => onChange(gates.filter((_, j) => j !== i))}>{t("gate.remove")}</button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...gates, { source: "profile", flag: "", on: true }])}>{t("gate.add")}</button>
    </fieldset>
  );
}
