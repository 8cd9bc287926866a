import { ApiError, belongsTo } from "../api/client";

/**
 * An API error as the user should read it: the problem's title and detail, announced at once. Field messages are
 * shown next to their fields; those no field on the form shows are listed here so none is swallowed.
 */
export function ProblemAlert({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <div role="alert" className="problem">
        <p className="problem-title">{error instanceof Error ? error.message : String(error)}</p>
      </div>
    );
  }
  const others = Object.entries(error.errors).filter(([key]) => !shownFields.some((path) => belongsTo(key, path)));
  return (
    <div role="alert" className="problem">
      <p className="problem-title">{error.title}</p>
      {error.detail && error.detail !== error.title && <p>{error.detail}</p>}
      {others.length > 0 && (
        <ul>
          {others.flatMap(([field, messages]) => messages.map((m) => <li key={`${field}:${m}`}>{field}: {m}</li>))}
        </ul>
      )}
    </div>
  );
}
