/** The checks' messages about the selected part, at the top of its side panel. */
export function ProblemList({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return <ul className="field-error" aria-label="Problems">{problems.map((p) => <li key={p}>{p}</li>)}</ul>;
}
