/** A page of a list as the API answers it: which page, how long, and how many rows match in all. */
export interface Paged {
  total: number;
  page: number;
  pageSize: number;
}

/** How many pages a list has: one at least, so an empty list is "page 1 of 1". */
export const pageCount = (paged: Paged): number => Math.max(1, Math.ceil(paged.total / paged.pageSize));

/** The count of matching rows ("3 requests", "1 item"), and the page when there are several. */
export function PageCount({ paged, one, many }: { paged: Paged; one: string; many: string }) {
  const pages = pageCount(paged);
  return (
    <p className="subtle" aria-live="polite">
      {paged.total === 1 ? `1 ${one}` : `${paged.total} ${many}`}
      {pages > 1 && `, page ${paged.page} of ${pages}`}
    </p>
  );
}

/** Previous and next page, shown only when the list has more than one. */
export function Pager({ paged, label, onPage }: { paged: Paged; label: string; onPage: (page: number) => void }) {
  if (pageCount(paged) <= 1) return null;
  return (
    <nav aria-label={label} className="toolbar pager">
      <button type="button" className="secondary" disabled={paged.page <= 1} onClick={() => onPage(paged.page - 1)}>Previous page</button>
      <button type="button" className="secondary" disabled={paged.page >= pageCount(paged)} onClick={() => onPage(paged.page + 1)}>Next page</button>
    </nav>
  );
}
