import { useState, type FormEvent } from "react";
import { profileRules } from "../../api/library";
import type { TryResult, TrySample } from "../../api/types";
import { describedBy, FieldError } from "../../components/FieldError";
import { ProblemAlert } from "../../components/ProblemAlert";
import { targetLabel } from "../../components/format";

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
  const [sample, setSample] = useState<TrySample>({
    userGroup: "", library: "", location: "", materialType: "", scope: "partial", requesterType: "patron",
  });
  const [result, setResult] = useState<TryResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      setResult(await profileRules.tryRequest(sample));
    } catch (err) {
      setResult(null);
      setError(err);
    }
  };

  return (
    <section className="try-panel" aria-labelledby="try-heading">
      <h2 id="try-heading">Try a request</h2>
      <form onSubmit={submit} noValidate>
        {sampleFields.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`try-${f.key}`}>{f.label}</label>
            <input id={`try-${f.key}`} value={sample[f.key]} placeholder={f.placeholder}
              onChange={(e) => setSample({ ...sample, [f.key]: e.target.value })}
              {...describedBy(error, f.key, `try-${f.key}`)} />
            <FieldError error={error} path={f.key} fieldId={`try-${f.key}`} />
          </div>
        ))}
        <div className="field">
          <label htmlFor="try-scope">Scope</label>
          <select id="try-scope" value={sample.scope} onChange={(e) => setSample({ ...sample, scope: e.target.value as TrySample["scope"] })}
            {...describedBy(error, "scope", "try-scope")}>
            <option value="full">full</option>
            <option value="partial">partial</option>
          </select>
          <FieldError error={error} path="scope" fieldId="try-scope" />
        </div>
        <div className="field">
          <label htmlFor="try-requester-type">Requester type</label>
          <select id="try-requester-type" value={sample.requesterType}
            onChange={(e) => setSample({ ...sample, requesterType: e.target.value as TrySample["requesterType"] })}
            {...describedBy(error, "requesterType", "try-requester-type")}>
            <option value="patron">patron</option>
            <option value="staff">staff</option>
          </select>
          <FieldError error={error} path="requesterType" fieldId="try-requester-type" />
        </div>
        <button type="submit">Try</button>
      </form>
      <ProblemAlert error={error} shownFields={["userGroup", "library", "location", "materialType", "scope", "requesterType"]} />
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
