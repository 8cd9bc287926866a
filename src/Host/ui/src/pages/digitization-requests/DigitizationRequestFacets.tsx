import { useTranslation } from "react-i18next";
import type { Department, DigitizationRequestFilter, DigitizationStatus } from "../../api/types";
import { targetLabel } from "../../components/format";
import { useLabels } from "../../i18n/labels";
import { FormField } from "../../components/FormField";

export const statuses: DigitizationStatus[] = [
  "Pickup From Shelf", "In Transit", "Digitization", "Document Delivery", "Digital Inventory",
  "Completed", "Cancelled", "Rejected", "Expired",
];

const targets = ["DocumentDeliveryAttachment", "DocumentDeliveryLink", "DigitalInventory"];

interface FacetsProps {
  filter: DigitizationRequestFilter;
  departments: Department[];
  onChange: (filter: DigitizationRequestFilter) => void;
}

/** The list's facets; each change filters at once, as Alma's do — Alma: Managing Digitization Requests (tutorial). */
export function DigitizationRequestFacets({ filter, departments, onChange }: FacetsProps) {
  const { t } = useTranslation("digitization-requests");
  const labels = useLabels();
  const select = (key: keyof DigitizationRequestFilter, label: string, options: { value: string; label: string }[]) => (
    <FormField id={`facet-${key}`} label={label}>
      {(control) => (
        <select {...control} value={filter[key] ?? ""} onChange={(e) => onChange({ ...filter, [key]: e.target.value || undefined })}>
          <option value="">{t("facets.all")}</option>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </FormField>
  );
  return (
    <form className="facets" role="search" aria-label={t("facets.filter")} onSubmit={(e) => e.preventDefault()}>
      {select("status", t("status"), statuses.map((s) => ({ value: s, label: labels.digitizationStatus(s) })))}
      {select("department", t("column.department"), departments.map((d) => ({ value: d.code, label: d.name || d.code })))}
      {select("scope", t("column.requestType"), [{ value: "full", label: t("scope.full") }, { value: "partial", label: t("scope.partial") }])}
      {select("target", t("column.target"), targets.map((target) => ({ value: target, label: targetLabel(target) })))}
    </form>
  );
}
