import { useTranslation } from "react-i18next";

/** "View it": opens the representation the request is digitized from, or the one it delivered, in a new tab. */
export function ViewItLink({ href }: { href: string }) {
  const { t } = useTranslation("digitization-inventory");
  return <a href={href} target="_blank" rel="noopener noreferrer">{t("viewIt")}</a>;
}
