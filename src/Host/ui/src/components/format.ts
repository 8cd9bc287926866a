// How dates, numbers and API names read on the pages: dates and numbers in the UI's language (the whole UI renders
// again when it changes).
import { i18n } from "../i18n/i18n";

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(i18n.language);
}

/** A calendar date (an end date, a due date) without a time. */
export function date(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(i18n.language);
}

export function number(value: number): string {
  return value.toLocaleString(i18n.language);
}

/** A digitization target in the UI's language, whichever casing the endpoint used. */
export function targetLabel(target: string | null | undefined): string {
  return target ? labelOf("target", target) : "";
}

export function managementLabel(management: string | null | undefined): string {
  return management ? labelOf("management", management) : "";
}

function labelOf(table: "target" | "management", value: string): string {
  const labels = i18n.t(table, { ns: "components", returnObjects: true }) as Record<string, string>;
  return labels[value.toLowerCase()] ?? value;
}
