import { useTranslation } from "react-i18next";

/** The row action that opens Mark missing under the row. */
export function MarkMissingButton({ onClick, expanded }: { onClick: () => void; expanded: boolean }) {
  const { t } = useTranslation("digitization-item");
  return <button type="button" className="danger" onClick={onClick} aria-expanded={expanded}>{t("markMissing.button")}</button>;
}
