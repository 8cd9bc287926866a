import type { JsonValue } from "../../api/types";

export type JsonObject = { [key: string]: JsonValue };

/** The JSON value a text holds, or the parser's reason it holds none, for the page to word. */
export function parseJson(text: string): { value: JsonValue } | { error: string } {
  try {
    return { value: JSON.parse(text) as JsonValue };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether a JSON value is an object (not an array or null), as a definition document or a run's input must be. */
const isJsonObject = (value: JsonValue): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A text that must hold a JSON object (an Elsa document, a run's input): the object, or the key of the page's message
 * saying why not, with the parser's reason.
 */
export function jsonObjectIn(text: string): { object: JsonObject } | { problem: "json.notJson" | "json.notObject"; error: string } {
  const parsed = parseJson(text);
  if ("error" in parsed) return { problem: "json.notJson", error: parsed.error };
  return isJsonObject(parsed.value) ? { object: parsed.value } : { problem: "json.notObject", error: "" };
}
