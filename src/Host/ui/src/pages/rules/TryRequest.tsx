import { useState, type FormEvent } from "react";
import { profileRules } from "../../api/library";
import type { TryResult, TrySample } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";
import { targetLabel } from "../../components/format";

/** The sample as the form holds it: every field as typed or chosen. */
type SampleDraft = Record<keyof TrySample, string>;

const sampleFields: { key: "userGroup" | "library" | "location" | "materialType"; label: string; placeholder: string }[] = [
  { key: "userGroup", label: "User group", placeholder: "Undergraduate" },
  { key: "library", label: "Library", placeholder: "MAIN" },
  { key: "location", label: "Location", placeholder: "GEN" },
  { key: "materialType", label: "Material type", placeholder: "Book" },
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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answered = await trying.run(async () => setResult(await profileRules.tryRequest(sample)));
    // A refused sample leaves no earlier try's answer on show.
    if (!answered) setResult(null);
  };

  return (
    <section className="try-panel" aria-labelledby="try-heading">
      <h2 id="try-heading">Try a request</h2>
      <form onSubmit={submit} noValidate>
        {sampleFields.map((f) => (
          <FormField key={f.key} id={`try-${f.key}`} label={f.label} errors={trying.fieldErrors(f.key)}>
            {(control) => (
              <input {...control} value={sample[f.key]} placeholder={f.placeholder}
                onChange={(e) => setSample({ ...sample, [f.key]: e.target.value })} />
            )}
          </FormField>
        ))}
        <FormField id="try-scope" label="Scope" errors={trying.fieldErrors("scope")}>
          {(control) => (
            <select {...control} value={sample.scope} onChange={(e) => setSample({ ...sample, scope: e.target.value })}>
              <option value="full">full</option>
              <option value="partial">partial</option>
            </select>
          )}
        </FormField>
        <FormField id="try-requester-type" label="Requester type" errors={trying.fieldErrors("requesterType")}>
          {(control) => (
            <select {...control} value={sample.requesterType}
              onChange={(e) => setSample({ ...sample, requesterType: e.target.value })}>
              <option value="patron">patron</option>
              <option value="staff">staff</option>
            </select>
          )}
        </FormField>
        <button type="submit">Try</button>
      </form>
      <ProblemAlert error={trying.problem} shownFields={["userGroup", "library", "location", "materialType", "scope", "requesterType"]} />
      {result && <TryOutcome result={result} />}
    </section>
  );
}

function TryOutcome({ result }: { result: TryResult }) {
  return (
    <div className="try-result">
      <p className="try-match">Matches: {result.rule.name}</p>
      <p>Target: {targetLabel(result.rule.target)}</p>
      <h3>Path</h3>
      <ol>{result.path.map((step, i) => <li key={i}>{step}</li>)}</ol>
      <details>
        <summary>Rules evaluated</summary>
        <ul>
          {result.evaluated.map((r) => (
            <li key={r.id}>
              {r.name}: {!r.enabled ? "disabled" : r.matched ? "matched" : `no (${r.failedConditions.join("; ")})`}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
