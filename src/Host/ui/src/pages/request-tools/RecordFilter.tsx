import { useTranslation } from "react-i18next";

/**
 * Says that the Approval Requests List shows one record's requests only ("Filter by this Record", Alma: Digitization
 * Processing: the same MMS id, ISBN-10/13, or ISSN with volume and issue), and offers to show all again.
 */
export function RecordFilter({ title, onClear }: { title: string; onClear: () => void }) {
  const { t } = useTranslation("request-tools");
  return (
    <p className="status-line" role="status">
      {t("record.showing", { title })}{" "}
      <button type="button" className="secondary" onClick={onClear}>{t("record.showAll")}</button>
    </p>
  );
}
