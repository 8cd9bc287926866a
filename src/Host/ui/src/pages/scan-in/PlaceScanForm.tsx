import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { departments, scanStations } from "../../api/library";
import type { Account, Department } from "../../api/types";
import { can, desksOf } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { i18n } from "../../i18n/i18n";
import { useLabels } from "../../i18n/labels";

const stationKey = "library.scanStation";

/**
 * Where the account scans in: the departments its Work Order Operator or Circulation Desk Operator roles cover, and
 * the desks of the latter, which a scan names the same way.
 */
function placesOf(account: Account, list: Department[]): { code: string; label: string }[] {
  const known = new Set(list.map((d) => d.code.toLowerCase()));
  return [
    ...list.filter((d) => can.scanInAt(account, d.code)).map((d) => ({ code: d.code, label: `${d.name || d.code} (${d.code})` })),
    ...desksOf(account).filter((desk) => !known.has(desk.toLowerCase())).map((desk) => ({ code: desk, label: i18n.t("desk", { ns: "scan-in", desk }) })),
  ];
}

/**
 * Scanning in at a department or desk (Alma: Digitization Processing, Digitization Department Workflow for a Physical
 * Item): the same trigger a scan station calls, with the department chosen once and the barcode field ready for the
 * next item after each scan.
 */
export function PlaceScanForm() {
  const account = useAccount();
  const departmentList = useLoad(departments.list, []);
  const places = placesOf(account, departmentList.data ?? []);
  const [department, setDepartment] = useState("");
  const [station, setStation] = useState(() => localStorage.getItem(stationKey) ?? "station-1");
  const [barcode, setBarcode] = useState("");
  const scanning = useSubmit();
  const { t } = useTranslation("scan-in");
  const labels = useLabels();
  const barcodeField = useRef<HTMLInputElement>(null);

  const chosen = department || places[0]?.code || "";
  useEffect(() => {
    localStorage.setItem(stationKey, station);
  }, [station]);

  // A refused barcode stays, so a mistyped one can be corrected rather than scanned again.
  const scan = async (e: FormEvent) => {
    e.preventDefault();
    await scanning.run(async () => {
      const answer = await scanStations.scan(station, barcode.trim(), chosen);
      const [what, status] = "item" in answer
        ? [answer.item.title, labels.digitizationStatus(answer.status)]
        : [t("moveRequest", { id: answer.id }), labels.moveStatus(answer.status)];
      setBarcode("");
      return t("scanned", { barcode: barcode.trim(), what, status });
    });
    barcodeField.current?.focus();
  };

  return (
    <>
      <ProblemAlert error={departmentList.error} />
      <form onSubmit={scan} noValidate className="scan-form">
        <FormField id="scan-department" label={t("department")} errors={scanning.fieldErrors("department")}>
          {(control) => (
            <select {...control} value={chosen} onChange={(e) => setDepartment(e.target.value)}>
              {places.map((p) => <option key={p.code} value={p.code}>{p.label}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="scan-station" label={t("station")}>
          {(control) => <input {...control} value={station} onChange={(e) => setStation(e.target.value)} />}
        </FormField>
        <FormField id="scan-barcode" label={t("barcode")} errors={scanning.fieldErrors("barcode")}>
          {(control) => (
            <input {...control} ref={barcodeField} value={barcode} autoFocus autoComplete="off" inputMode="numeric"
              onChange={(e) => setBarcode(e.target.value)} />
          )}
        </FormField>
        <button type="submit">{t("submit")}</button>
      </form>
      <StatusMessage message={scanning.success} />
      <ProblemAlert error={scanning.problem} shownFields={["barcode", "department"]} />
    </>
  );
}
