import type { JsonValue } from "../../api/types";

/** Plain text for a string; JSON for anything else (numbers, objects such as `{ "expression": … }`). */
export function textOf(value: JsonValue | undefined): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

const textTypes = new Set(["string", "date", "date-time", "duration"]);

/**
 * What a textbox holds as an input value: empty is no input; JSON where it parses and the input is not text
 * (or is an object such as an expression); otherwise the text itself, for the server to judge.
 */
export function valueOf(text: string, valueType: string | undefined): JsonValue | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const looksLikeObject = trimmed.startsWith("{") || trimmed.startsWith("[");
  if (valueType !== undefined && textTypes.has(valueType) && !looksLikeObject) return text;
  try {
    return JSON.parse(trimmed) as JsonValue;
  } catch {
    return text;
  }
}
