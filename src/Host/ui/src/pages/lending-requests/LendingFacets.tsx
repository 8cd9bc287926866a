import { useState, type FormEvent } from "react";
import type { LendingRequestFilter, LendingStatus } from "../../api/types";
import { FormField } from "../../components/FormField";

export const lendingStatuses: LendingStatus[] = [
  "Lending Request Created", "Locate Failed", "Will Supply", "Conditional", "Shipped Physically", "Shipped Digitally",
  "Received by Partner", "Renew Requested", "Renew Accepted", "Recalled", "Overdue", "Lost", "Damaged", "Returned by Partner",
  "Request Completed", "Rejected", "Cancelled", "Expired", "Request Reactivated", "Cancel Reply",
];

const days = [
  { value: "today", label: "Today" }, { value: "yesterday", label: "Yesterday" }, { value: "2-3-days", label: "2–3 days ago" },
  { value: "4-7-days", label: "4–7 days ago" }, { value: "8-30-days", label: "8–30 days ago" }, { value: "older", label: "Older" },
];

const dueDays = [
  { value: "overdue", label: "Overdue" }, { value: "today", label: "Today" }, { value: "tomorrow", label: "Tomorrow" },
  { value: "next-2-7-days", label: "In 2–7 days" }, { value: "next-8-30-days", label: "In 8–30 days" }, { value: "later", label: "Later" },
  { value: "yesterday", label: "Yesterday" }, { value: "2-3-days", label: "2–3 days ago" }, { value: "4-7-days", label: "4–7 days ago" },
  { value: "8-30-days", label: "8–30 days ago" }, { value: "older", label: "Over 30 days ago" },
];

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
  const set = (key: keyof LendingRequestFilter, value: string) => onChange({ ...filter, [key]: value || undefined, page: undefined });
  const select = (key: keyof LendingRequestFilter, label: string, options: { value: string; label: string }[], all = "All") => (
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
      <form className="facets" role="search" aria-label="Search lending requests" onSubmit={search}>
        <FormField id="lending-search" label="Search" className="grow" hint="Title, the partner's request id, requester e-mail or barcode">
          {(control) => <input {...control} type="search" value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        <button type="submit" className="facet-button">Search</button>
      </form>
      <form className="facets" aria-label="Filter lending requests" onSubmit={(e) => e.preventDefault()}>
        {select("queue", "List", [{ value: "active", label: "Active" }, { value: "completed", label: "Completed" }], "Active and completed")}
        {select("status", "Status", lendingStatuses.map((s) => ({ value: s, label: s })))}
        <FormField id="lending-facet-partner" label="Partner code">
          {(control) => <input {...control} size={10} value={filter.partner ?? ""} onChange={(e) => set("partner", e.target.value.trim())} />}
        </FormField>
        {select("requestedFormat", "Requested format", [
          { value: "Physical", label: "Physical" }, { value: "Digital", label: "Digital" }, { value: "PhysicalNonReturnable", label: "Physical non-returnable" },
        ])}
        {select("assignee", "Assignee", [
          { value: "me", label: "Assigned to me" }, { value: "unassigned", label: "Unassigned" }, { value: "mine-or-unassigned", label: "Mine or unassigned" },
        ])}
        {select("created", "Created", days)}
        {select("updated", "Updated", days)}
        {select("due", "Due", dueDays)}
        {select("alerts", "Alert", alertMessages.map((m) => ({ value: m, label: m })))}
      </form>
    </>
  );
}
