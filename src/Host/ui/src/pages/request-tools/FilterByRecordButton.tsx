import { useTranslation } from "react-i18next";

/** The row action "Filter by this Record" of the Approval Requests List. */
export function FilterByRecordButton({ title, onClick }: { title: string; onClick: () => void }) {
  const { t } = useTranslation("request-tools");
  return <button type="button" className="secondary" aria-label={t("record.filterOf", { title })} onClick={onClick}>{t("record.filter")}</button>;
}
