import { useState } from "react";
import { useTranslation } from "react-i18next";
import { lendingRequests } from "../../api/library";
import { ActionForm } from "../../components/ActionForm";
import { FormField } from "../../components/FormField";
import { useSubmit } from "../../components/useSubmit";
import { NotesFields, noNotes, notesBody } from "./NotesFields";
import type { LendingPanelProps } from "./panelProps";

/** The barcodes as typed, one or more, separated by commas, spaces or lines. */
const barcodesOf = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/**
 * Ship item (Alma: Managing Resource Sharing Lending Requests, "Shipping a physical item"): the date the partner
 * returns it by, and the barcodes shipped, the requested item's to begin with.
 */
export function ShipPhysicallyPanel({ request, onDone, onClose }: LendingPanelProps) {
  const [dueDate, setDueDate] = useState("");
  const [barcodes, setBarcodes] = useState(request.barcode);
  const [notes, setNotes] = useState(noNotes);
  const shipping = useSubmit();
  const { t } = useTranslation("lending-requests");
  const id = `ship-${request.id}`;
  const ship = async () => {
    const view = await lendingRequests.act(request.id, "ship-physically", { dueDate: dueDate || null, barcodes: barcodesOf(barcodes), ...notesBody(notes) });
    onDone(view, t("ship.done", { title: request.title }));
  };
  return (
    <ActionForm title={t("ship.title", { title: request.title })} submission={shipping} action={ship}
      shownFields={["dueDate", "barcodes", "internalNote", "partnerNote"]} submitLabel={t("ship.submit")} onClose={onClose}>
      <FormField id={`${id}-due`} label={t("ship.dueDate")} errors={shipping.fieldErrors("dueDate")}>
        {(control) => <input {...control} type="date" value={dueDate} autoFocus onChange={(e) => setDueDate(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-barcodes`} label={t("ship.barcodes")} hint={t("ship.barcodesHint")} errors={shipping.fieldErrors("barcodes")}>
        {(control) => <input {...control} value={barcodes} onChange={(e) => setBarcodes(e.target.value)} />}
      </FormField>
      <NotesFields idPrefix={id} notes={notes} onChange={setNotes} submission={shipping} />
    </ActionForm>
  );
}

/**
 * Ship digitally: a file or the address of one, the terms of use the partner is shown, and whether the request is
 * completed at once rather than waiting for the partner's receipt.
 */
export function ShipDigitallyPanel({ request, onDone, onClose }: LendingPanelProps) {
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState("");
  const [termsOfUse, setTermsOfUse] = useState("");
  const [completeRequest, setCompleteRequest] = useState(false);
  const [notes, setNotes] = useState(noNotes);
  const shipping = useSubmit();
  const { t } = useTranslation("lending-requests");
  const id = `ship-digitally-${request.id}`;
  const ship = async () => {
    const view = await lendingRequests.shipDigitally(request.id, { file, url, termsOfUse, completeRequest, ...notes });
    onDone(view, t("shipDigitally.done", { title: request.title }));
  };
  return (
    <ActionForm title={t("shipDigitally.title", { title: request.title })} submission={shipping} action={ship}
      shownFields={["file", "url", "termsOfUse", "completeRequest", "internalNote", "partnerNote"]} submitLabel={t("ship.submit")} onClose={onClose}>
      <FormField id={`${id}-file`} label={t("shipDigitally.file")} errors={shipping.fieldErrors("file")}>
        {(control) => <input {...control} type="file" autoFocus onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </FormField>
      <FormField id={`${id}-url`} label={t("shipDigitally.url")} errors={shipping.fieldErrors("url")}>
        {(control) => <input {...control} type="url" value={url} placeholder="https://" onChange={(e) => setUrl(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-terms`} label={t("shipDigitally.terms")} errors={shipping.fieldErrors("termsOfUse")}>
        {(control) => <input {...control} value={termsOfUse} onChange={(e) => setTermsOfUse(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-complete`} label={t("shipDigitally.complete")} checkbox errors={shipping.fieldErrors("completeRequest")}>
        {(control) => <input {...control} type="checkbox" checked={completeRequest} onChange={(e) => setCompleteRequest(e.target.checked)} />}
      </FormField>
      <NotesFields idPrefix={id} notes={notes} onChange={setNotes} submission={shipping} />
    </ActionForm>
  );
}
