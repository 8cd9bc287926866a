import { useTranslation } from "react-i18next";

/** A page of a list as the API answers it: which page, how long, and how many rows match in all. */
export interface Paged {
  total: number;
  page: number;
  pageSize: number;
}

/** How many pages a list has: one at least, so an empty list is "page 1 of 1". */
export const pageCount = (paged: Paged): number => Math.max(1, Math.ceil(paged.total / paged.pageSize));

/** The count of matching rows as the page words it ("3 requests", "1 item"), and the page when there are several. */
export function PageCount({ paged, counted }: { paged: Paged; counted: string }) {
  const { t } = useTranslation("components");
  const pages = pageCount(paged);
  return (
    <p className="subtle" aria-live="polite">
      {pages > 1 ? t("pages.of", { counted, page: paged.page, pages }) : counted}
    </p>
  );
}

/** Previous and next page, shown only when the list has more than one. */
export function Pager({ paged, label, onPage }: { paged: Paged; label: string; onPage: (page: number) => void }) {
  const { t } = useTranslation("components");
  if (pageCount(paged) <= 1) return null;
  return (
    <nav aria-label={label} className="toolbar pager">
      <button type="button" className="secondary" disabled={paged.page <= 1} onClick={() => onPage(paged.page - 1)}>{t("pages.previous")}</button>
      <button type="button" className="secondary" disabled={paged.page >= pageCount(paged)} onClick={() => onPage(paged.page + 1)}>{t("pages.next")}</button>
    </nav>
  );
}
