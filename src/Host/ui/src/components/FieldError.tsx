import { ApiError } from "../api/client";

/** The id a field's error message has, for the field's aria-describedby. */
export const errorId = (fieldId: string) => `${fieldId}-error`;

/** The API's messages for a field path, or none. */
export function fieldMessages(error: unknown, path: string): string[] {
  return error instanceof ApiError ? error.field(path) : [];
}

/**
 * The attributes that tie an input to its error: aria-invalid and aria-describedby pointing at the FieldError
 * rendered beside it.
 */
export function describedBy(error: unknown, path: string, fieldId: string) {
  const invalid = fieldMessages(error, path).length > 0;
  return invalid ? { "aria-invalid": true as const, "aria-describedby": errorId(fieldId) } : {};
}

/** The API's validation messages for one field, shown next to it. */
export function FieldError({ error, path, fieldId }: { error: unknown; path: string; fieldId: string }) {
  const messages = fieldMessages(error, path);
  if (messages.length === 0) return null;
  return (
    <span id={errorId(fieldId)} className="field-error">
      {messages.join(" ")}
    </span>
  );
}
