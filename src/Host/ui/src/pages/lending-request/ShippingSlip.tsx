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
  return (
    <section aria-labelledby="slip-heading" className="shipping-slip">
      <h2 id="slip-heading">Shipping slip</h2>
      <dl className="facts">
        <dt>To</dt>
        <dd>
          {r.partner.name} ({r.partner.code})
          {address
            ? <address className="postal">{address}</address>
            : partner.data && <div><em>No postal address is registered for this partner.</em></div>}
          {r.partner.email && <div>{r.partner.email}</div>}
        </dd>
        <dt>Their request</dt><dd>{r.externalId}</dd>
        <dt>Item</dt><dd>{r.item.title}{r.item.author && `, ${r.item.author}`}{r.item.isbn && ` (ISBN ${r.item.isbn})`}</dd>
        <dt>Barcodes</dt><dd>{barcodes.join(", ")}</dd>
        <dt>Format</dt><dd>{r.requestedFormat}</dd>
        <dt>Due back</dt><dd>{r.dueDate ?? "not set yet"}</dd>
        <dt>From</dt><dd>{r.item.library} / {r.item.location}</dd>
      </dl>
      <button type="button" className="secondary no-print" onClick={() => window.print()}>Print shipping slip</button>
    </section>
  );
}
