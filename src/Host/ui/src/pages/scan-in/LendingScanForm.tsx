import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { lendingRequests } from "../../api/library";
import type { LendingScanCandidate } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useSubmit } from "../../components/useSubmit";
import { useLabels } from "../../i18n/labels";

/** The requests a refused scan lists to choose from, when the barcode belongs to more than one. */
function candidatesOf(error: unknown): LendingScanCandidate[] {
  return error instanceof ApiError && Array.isArray(error.problem.lendingRequests) ? (error.problem.lendingRequests as LendingScanCandidate[]) : [];
}

/**
 * Scanning lending items in (Alma: Managing Resource Sharing Lending Requests): an item back from a partner is checked
 * in; the item a request waits for is shipped, due back on the date given. When the barcode belongs to several such
 * requests, the service lists them and the scan is repeated with the one chosen.
 */
export function LendingScanForm() {
  const [barcode, setBarcode] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [choices, setChoices] = useState<LendingScanCandidate[]>([]);
  const [chosen, setChosen] = useState("");
  const scanning = useSubmit();
  const { t } = useTranslation("scan-in");
  const labels = useLabels();
  const barcodeField = useRef<HTMLInputElement>(null);

  const changeBarcode = (value: string) => {
    setBarcode(value);
    setChoices([]);
    setChosen("");
  };

  // A refused barcode stays, so it can be corrected or a request chosen for it.
  const scan = async (e: FormEvent) => {
    e.preventDefault();
    const scanned = barcode.trim();
    await scanning.run(async () => {
      try {
        const view = await lendingRequests.scanIn({ barcode: scanned, dueDate: dueDate || null, requestId: chosen || null });
        changeBarcode("");
        return t("scannedLending", { barcode: scanned, title: view.item.title, partner: view.partner.name, externalId: view.externalId, status: labels.lendingStatus(view.status) });
      } catch (error) {
        setChoices(candidatesOf(error));
        throw error;
      }
    });
    barcodeField.current?.focus();
  };

  return (
    <>
      <form onSubmit={scan} noValidate className="scan-form" aria-label={t("lendingForm")}>
        <FormField id="lending-scan-barcode" label={t("barcode")} errors={scanning.fieldErrors("barcode")}>
          {(control) => (
            <input {...control} ref={barcodeField} value={barcode} autoFocus autoComplete="off" onChange={(e) => changeBarcode(e.target.value)} />
          )}
        </FormField>
        <FormField id="lending-scan-due" label={t("dueDate")} hint={t("dueDateHint")} errors={scanning.fieldErrors("dueDate")}>
          {(control) => <input {...control} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
        </FormField>
        <button type="submit">{t("submit")}</button>
      </form>
      {choices.length > 0 && (
        <fieldset>
          <legend>{t("which")}</legend>
          {choices.map((c) => (
            <label key={c.id} className="inline choice">
              <input type="radio" name="lending-scan-request" checked={chosen === c.id} onChange={() => setChosen(c.id)} />
              {c.partnerCode} {c.externalId}: {c.title} — {labels.lendingStatus(c.status)}, {c.action === "check-in" ? t("checkIn") : t("ship")}
            </label>
          ))}
        </fieldset>
      )}
      <StatusMessage message={scanning.success} />
      <ProblemAlert error={scanning.problem} shownFields={["barcode", "dueDate", "requestId"]} />
    </>
  );
}
