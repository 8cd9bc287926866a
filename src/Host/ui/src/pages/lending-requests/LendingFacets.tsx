import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../i18n/labels";
import type { LendingRequestFilter, LendingStatus } from "../../api/types";
import { FormField } from "../../components/FormField";

export const lendingStatuses: LendingStatus[] = [
  "Lending Request Created", "Locate Failed", "Will Supply", "Conditional", "Shipped Physically", "Shipped Digitally",
  "Received by Partner", "Renew Requested", "Renew Accepted", "Recalled", "Overdue", "Lost", "Damaged", "Returned by Partner",
  "Request Completed", "Rejected", "Cancelled", "Expired", "Request Reactivated", "Cancel Reply",
];

// Each label is its key in the lending-requests namespace.
const days = [
  { value: "today", label: "days.today" }, { value: "yesterday", label: "days.yesterday" }, { value: "2-3-days", label: "days.2-3-days" },
  { value: "4-7-days", label: "days.4-7-days" }, { value: "8-30-days", label: "days.8-30-days" }, { value: "older", label: "days.older" },
] as const;

const dueDays = [
  { value: "overdue", label: "days.overdue" }, { value: "today", label: "days.today" }, { value: "tomorrow", label: "days.tomorrow" },
  { value: "next-2-7-days", label: "days.next-2-7-days" }, { value: "next-8-30-days", label: "days.next-8-30-days" }, { value: "later", label: "days.later" },
  { value: "yesterday", label: "days.yesterday" }, { value: "2-3-days", label: "days.2-3-days" }, { value: "4-7-days", label: "days.4-7-days" },
  { value: "8-30-days", label: "days.8-30-days" }, { value: "older", label: "days.over30" },
] as const;

/**
 * The alerts a request can show: how the move or digitization request it started stands, and an ISO 18626 message the
 * partner did not take.
 */
const alertMessages = [
  ...["Move request", "Digitization request"].flatMap((kind) =>
    ["in process", "completed", "cancelled"].map((state) => `${kind} ${state}`)),
  "Partner Message Error",
];

interface LendingFacetsProps {
  filter: LendingRequestFilter;
  onChange: (filter: LendingRequestFilter) => void;
}

/**
 * The task list's facets (Alma: Managing Resource Sharing Lending Requests, "Using facets") and its search over title,
 * the partner's request id, the requester and barcodes. A facet filters at once; the search when submitted.
 */
export function LendingFacets({ filter, onChange }: LendingFacetsProps) {
  const [text, setText] = useState(filter.q ?? "");
  const { t } = useTranslation("lending-requests");
  const labels = useLabels();
  const set = (key: keyof LendingRequestFilter, value: string) => onChange({ ...filter, [key]: value || undefined, page: undefined });
  const select = (key: keyof LendingRequestFilter, label: string, options: { value: string; label: string }[], all = t("facets.all")) => (
    <FormField id={`lending-facet-${key}`} label={label}>
      {(control) => (
        <select {...control} value={String(filter[key] ?? "")} onChange={(e) => set(key, e.target.value)}>
          <option value="">{all}</option>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </FormField>
  );
  const search = (e: FormEvent) => {
    e.preventDefault();
    set("q", text.trim());
  };
  return (
    <>
      <form className="facets" role="search" aria-label={t("facets.search")} onSubmit={search}>
        <FormField id="lending-search" label={t("facets.searchLabel")} className="grow" hint={t("facets.searchHint")}>
          {(control) => <input {...control} type="search" value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        <button type="submit" className="facet-button">{t("facets.searchLabel")}</button>
      </form>
      <form className="facets" aria-label={t("facets.filter")} onSubmit={(e) => e.preventDefault()}>
        {select("queue", t("facets.list"), [{ value: "active", label: t("facets.active") }, { value: "completed", label: t("facets.completed") }], t("facets.activeAndCompleted"))}
        {select("status", t("status"), lendingStatuses.map((s) => ({ value: s, label: labels.lendingStatus(s) })))}
        <FormField id="lending-facet-partner" label={t("facets.partner")}>
          {(control) => <input {...control} size={10} value={filter.partner ?? ""} onChange={(e) => set("partner", e.target.value.trim())} />}
        </FormField>
        {select("requestedFormat", t("facets.requestedFormat"), [
          { value: "Physical", label: t("facets.physical") }, { value: "Digital", label: t("facets.digital") },
          { value: "PhysicalNonReturnable", label: t("facets.nonReturnable") },
        ])}
        {select("assignee", t("facets.assignee"), [
          { value: "me", label: t("facets.me") }, { value: "unassigned", label: t("facets.unassigned") },
          { value: "mine-or-unassigned", label: t("facets.mineOrUnassigned") },
        ])}
        {select("created", t("facets.created"), days.map((d) => ({ value: d.value, label: t(d.label) })))}
        {select("updated", t("facets.updated"), days.map((d) => ({ value: d.value, label: t(d.label) })))}
        {select("due", t("facets.due"), dueDays.map((d) => ({ value: d.value, label: t(d.label) })))}
        {select("alerts", t("facets.alert"), alertMessages.map((m) => ({ value: m, label: m })))}
      </form>
    </>
  );
}
