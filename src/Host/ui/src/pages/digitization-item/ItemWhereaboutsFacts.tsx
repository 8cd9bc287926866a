import { useTranslation } from "react-i18next";
import type { DigitizationRequestView } from "../../api/types";
import { Link } from "../../router";

/** Where the request's item is now, with the move request that takes it back from the department once there is one. */
export function ItemWhereaboutsFacts({ whereabouts: w }: { whereabouts: DigitizationRequestView["whereabouts"] }) {
  const { t } = useTranslation("digitization-item");
  const inventory = useTranslation("digitization-inventory").t;
  return (
    <>
      <dt>{t("whereabouts.label")}</dt>
      <dd>
        {w.kind === "notMoved" ? inventory("notMoved") : t(`whereabouts.${w.kind}`, { place: w.place ?? "", destination: w.destination ?? "" })}
        {w.moveRequestId && <> (<Link href={`/moves/${w.moveRequestId}`}>{t("whereabouts.move")}</Link>)</>}
      </dd>
    </>
  );
}
