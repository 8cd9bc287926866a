import { useTranslation } from "react-i18next";
import { partners } from "../../api/library";
import type { LendingRequestView } from "../../api/types";
import { useLoad } from "../../components/useLoad";

/**
 * The slip that goes in the parcel: to whom (the partner, its postal address as registered now, its e-mail), for which
 * of its requests, what is in it and when it is due back. It is part of the page, and the only part printed (the
 * print stylesheet in styles.css).
 */
export function ShippingSlip({ request: r }: { request: LendingRequestView }) {
  const partner = useLoad(() => partners.get(r.partner.code), [r.partner.code]);
  const barcodes = r.shippedBarcodes.length > 0 ? r.shippedBarcodes : [r.item.barcode];
  const address = partner.data?.address;
  const { t } = useTranslation("lending-request");
  return (
    <section aria-labelledby="slip-heading" className="shipping-slip">
      <h2 id="slip-heading">{t("slip.title")}</h2>
      <dl className="facts">
        <dt>{t("slip.to")}</dt>
        <dd>
          {r.partner.name} ({r.partner.code})
          {address
            ? <address className="postal">{address}</address>
            : partner.data && <div><em>{t("slip.noAddress")}</em></div>}
          {r.partner.email && <div>{r.partner.email}</div>}
        </dd>
        <dt>{t("slip.theirRequest")}</dt><dd>{r.externalId}</dd>
        <dt>{t("slip.item")}</dt><dd>{r.item.title}{r.item.author && `, ${r.item.author}`}{r.item.isbn && t("slip.isbn", { isbn: r.item.isbn })}</dd>
        <dt>{t("slip.barcodes")}</dt><dd>{barcodes.join(", ")}</dd>
        <dt>{t("slip.format")}</dt><dd>{r.requestedFormat}</dd>
        <dt>{t("slip.dueBack")}</dt><dd>{r.dueDate ?? t("slip.notSet")}</dd>
        <dt>{t("slip.from")}</dt><dd>{r.item.library} / {r.item.location}</dd>
      </dl>
      <button type="button" className="secondary no-print" onClick={() => window.print()}>{t("slip.print")}</button>
    </section>
  );
}
