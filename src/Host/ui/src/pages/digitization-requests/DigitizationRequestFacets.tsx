import type { Department, DigitizationRequestFilter, DigitizationStatus } from "../../api/types";
import { FormField } from "../../components/FormField";

export const statuses: DigitizationStatus[] = [
  "Pickup From Shelf", "In Transit", "Digitization", "Document Delivery", "Digital Inventory",
  "Completed", "Cancelled", "Rejected", "Expired",
];

const targetOptions = [
  { value: "DocumentDeliveryAttachment", label: "Document delivery – attachment" },
  { value: "DocumentDeliveryLink", label: "Document delivery – link" },
  { value: "DigitalInventory", label: "Digital inventory" },
];

interface FacetsProps {
  filter: DigitizationRequestFilter;
  departments: Department[];
  onChange: (filter: DigitizationRequestFilter) => void;
}

/** The list's facets; each change filters at once, as Alma's do — Alma: Managing Digitization Requests (tutorial). */
export function DigitizationRequestFacets({ filter, departments, onChange }: FacetsProps) {
  const select = (key: keyof DigitizationRequestFilter, label: string, options: { value: string; label: string }[]) => (
    <FormField id={`facet-${key}`} label={label}>
      {(control) => (
        <select {...control} value={filter[key] ?? ""} onChange={(e) => onChange({ ...filter, [key]: e.target.value || undefined })}>
          <option value="">All</option>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </FormField>
  );
  return (
    <form className="facets" role="search" aria-label="Filter requests" onSubmit={(e) => e.preventDefault()}>
      {select("status", "Status", statuses.map((s) => ({ value: s, label: s })))}
      {select("department", "Department", departments.map((d) => ({ value: d.code, label: d.name || d.code })))}
      {select("scope", "Request type", [{ value: "full", label: "Full" }, { value: "partial", label: "Partial" }])}
      {select("target", "Target", targetOptions)}
    </form>
  );
}
