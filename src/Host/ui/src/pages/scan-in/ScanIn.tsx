import { useEffect, useRef, useState, type FormEvent } from "react";
import { departments, scanStations } from "../../api/library";
import { Link } from "../../router";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";

const stationKey = "library.scanStation";

/**
 * The Scan In Items page (Alma: Digitization Processing, Digitization Department Workflow for a Physical Item): the
 * same trigger a scan station calls, with the department chosen once and the barcode field ready for the next item
 * after each scan.
 */
export function ScanIn() {
  const departmentList = useLoad(departments.list, []);
  const [department, setDepartment] = useState("");
  const [station, setStation] = useState(() => localStorage.getItem(stationKey) ?? "station-1");
  const [barcode, setBarcode] = useState("");
  const scanning = useSubmit();
  const barcodeField = useRef<HTMLInputElement>(null);

  const chosen = department || departmentList.data?.[0]?.code || "";
  useEffect(() => {
    localStorage.setItem(stationKey, station);
  }, [station]);

  // A refused barcode stays, so a mistyped one can be corrected rather than scanned again.
  const scan = async (e: FormEvent) => {
    e.preventDefault();
    await scanning.run(async () => {
      const answer = await scanStations.scan(station, barcode.trim(), chosen);
      const what = "item" in answer ? answer.item.title : `Move request ${answer.id}`;
      setBarcode("");
      return `Scanned ${barcode.trim()}: ${what} is now ${answer.status}`;
    });
    barcodeField.current?.focus();
  };

  return (
    <>
      <h1>Scan in items</h1>
      <ProblemAlert error={departmentList.error} />
      <form onSubmit={scan} noValidate className="scan-form">
        <FormField id="scan-department" label="Department" errors={scanning.fieldErrors("department")}>
          {(control) => (
            <select {...control} value={chosen} onChange={(e) => setDepartment(e.target.value)}>
              {(departmentList.data ?? []).map((d) => <option key={d.code} value={d.code}>{d.name || d.code} ({d.code})</option>)}
            </select>
          )}
        </FormField>
        <FormField id="scan-station" label="Station">
          {(control) => <input {...control} value={station} onChange={(e) => setStation(e.target.value)} />}
        </FormField>
        <FormField id="scan-barcode" label="Barcode" errors={scanning.fieldErrors("barcode")}>
          {(control) => (
            <input {...control} ref={barcodeField} value={barcode} autoFocus autoComplete="off" inputMode="numeric"
              onChange={(e) => setBarcode(e.target.value)} />
          )}
        </FormField>
        <button type="submit">Scan in</button>
      </form>
      <StatusMessage message={scanning.success} />
      <ProblemAlert error={scanning.problem} shownFields={["barcode", "department"]} />
      <p><Link href="/requests">Manage in-process items</Link></p>
    </>
  );
}
