// How dates and API names read on the pages.

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

const targetLabels: Record<string, string> = {
  documentdeliveryattachment: "Document delivery – attachment",
  documentdeliverylink: "Document delivery – link",
  digitalinventory: "Digital inventory",
};

/** A digitization target, whichever casing the endpoint used. */
export function targetLabel(target: string | null | undefined): string {
  return target ? (targetLabels[target.toLowerCase()] ?? target) : "";
}

const managementLabels: Record<string, string> = {
  parallel: "Parallel",
  blocks: "Blocks",
  automaticallyapproved: "Automatically approved",
};

export function managementLabel(management: string | null | undefined): string {
  return management ? (managementLabels[management.toLowerCase()] ?? management) : "";
}
