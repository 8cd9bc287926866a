import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { profileRules } from "../../api/library";
import type { TryResult, TrySample } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";
import { targetLabel } from "../../components/format";

/** The sample as the form holds it: every field as typed or chosen. */
type SampleDraft = Record<keyof TrySample, string>;

// Each label is field.<key> in the rules namespace; the placeholders are sample codes, not words.
const sampleFields: { key: "userGroup" | "library" | "location" | "materialType"; placeholder: string }[] = [
  { key: "userGroup", placeholder: "Undergraduate" },
  { key: "library", placeholder: "MAIN" },
  { key: "location", placeholder: "GEN" },
  { key: "materialType", placeholder: "Book" },
];

/**
 * "Try a request": which saved rule a sample request would match and the path it would take. Nothing is created,
 * and the rule being edited counts only once saved, since the server evaluates the stored rules.
 */
export function TryRequest() {
  const [sample, setSample] = useState<SampleDraft>({
    userGroup: "", library: "", location: "", materialType: "", scope: "partial", requesterType: "patron",
  });
  const [result, setResult] = useState<TryResult | null>(null);
  const trying = useSubmit();
  const { t } = useTranslation("rules");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answered = await trying.run(async () => setResult(await profileRules.tryRequest(sample)));
    // A refused sample leaves no earlier try's answer on show.
    if (!answered) setResult(null);
  };

  return (
    <section className="try-panel" aria-labelledby="try-heading">
      <h2 id="try-heading">{t("try.title")}</h2>
      <form onSubmit={submit} noValidate>
        {sampleFields.map((f) => (
          <FormField key={f.key} id={`try-${f.key}`} label={t(`field.${f.key}`)} errors={trying.fieldErrors(f.key)}>
            {(control) => (
              <input {...control} value={sample[f.key]} placeholder={f.placeholder}
                onChange={(e) => setSample({ ...sample, [f.key]: e.target.value })} />
            )}
          </FormField>
        ))}
        <FormField id="try-scope" label={t("try.scope")} errors={trying.fieldErrors("scope")}>
          {(control) => (
            <select {...control} value={sample.scope} onChange={(e) => setSample({ ...sample, scope: e.target.value })}>
              <option value="full">{t("try.full")}</option>
              <option value="partial">{t("try.partial")}</option>
            </select>
          )}
        </FormField>
        <FormField id="try-requester-type" label={t("try.requesterType")} errors={trying.fieldErrors("requesterType")}>
          {(control) => (
            <select {...control} value={sample.requesterType}
              onChange={(e) => setSample({ ...sample, requesterType: e.target.value })}>
              <option value="patron">{t("try.patron")}</option>
              <option value="staff">{t("try.staff")}</option>
            </select>
          )}
        </FormField>
        <button type="submit">{t("try.submit")}</button>
      </form>
      <ProblemAlert error={trying.problem} shownFields={["userGroup", "library", "location", "materialType", "scope", "requesterType"]} />
      {result && <TryOutcome result={result} />}
    </section>
  );
}

function TryOutcome({ result }: { result: TryResult }) {
  const { t } = useTranslation("rules");
  return (
    <div className="try-result">
      <p className="try-match">{t("try.matches", { name: result.rule.name })}</p>
      <p>{t("try.target", { target: targetLabel(result.rule.target) })}</p>
      <h3>{t("try.path")}</h3>
      <ol>{result.path.map((step, i) => <li key={i}>{step}</li>)}</ol>
      <details>
        <summary>{t("try.evaluated")}</summary>
        <ul>
          {result.evaluated.map((r) => (
            <li key={r.id}>
              {r.name}: {!r.enabled ? t("try.disabled") : r.matched ? t("try.matched") : t("try.notMatched", { conditions: r.failedConditions.join("; ") })}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
