import { useTranslation } from "react-i18next";
import type { DigitizationRequestView } from "../../api/types";
import { ViewItLink } from "./ViewItLink";

/** What the request is digitized from, with "View it" when there is a representation to open. */
export function InventoryFacts({ request: r }: { request: DigitizationRequestView }) {
  const { t } = useTranslation("digitization-inventory");
  return (
    <>
      <dt>{t("inventory.label")}</dt>
      <dd>
        {r.inventory === "electronic" ? t("inventory.electronic") : t("inventory.physical")}
        {r.viewIt && <> (<ViewItLink href={r.viewIt} />)</>}
      </dd>
    </>
  );
}
