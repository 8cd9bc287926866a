import { useEffect, useRef, useState, type FormEvent } from "react";
import { departments, scanStations } from "../../api/library";
import { Link } from "../../router";
import { describedBy, FieldError } from "../../components/FieldError";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";

const stationKey = "library.scanStation";

/**
 * Seed 002's Scan In Items: the same trigger a scan station calls, with the department chosen once and the barcode
 * field ready for the next item after each scan.
 */
export function ScanIn() {
  const departmentList = useLoad(departments.list, []);
  const [department, setDepartment] = useState("");
  const [station, setStation] = useState(() => localStorage.getItem(stationKey) ?? "station-1");
  const [barcode, setBarcode] = useState("");
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);
  const barcodeField = useRef<HTMLInputElement>(null);

  const chosen = department || departmentList.data?.[0]?.code || "";
  useEffect(() => {
    localStorage.setItem(stationKey, station);
  }, [station]);

  const scan = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setStatus("");
    try {
      const answer = await scanStations.scan(station, barcode.trim(), chosen);
      const what = answer.item?.title ?? `Move request ${answer.id}`;
      setStatus(`Scanned ${barcode.trim()}: ${what} is now ${answer.status}`);
      setBarcode("");
    } catch (err) {
      // The barcode stays, so a mistyped one can be corrected rather than scanned again.
      setError(err);
    }
    barcodeField.current?.focus();
  };

  return (
    <>
      <h1>Scan in items</h1>
      <ProblemAlert error={departmentList.error} />
      <form onSubmit={scan} noValidate className="scan-form">
        <div className="field">
          <label htmlFor="scan-department">Department</label>
          <select id="scan-department" value={chosen} onChange={(e) => setDepartment(e.target.value)}
            {...describedBy(error, "department", "scan-department")}>
            {(departmentList.data ?? []).map((d) => <option key={d.code} value={d.code}>{d.name || d.code} ({d.code})</option>)}
          </select>
          <FieldError error={error} path="department" fieldId="scan-department" />
        </div>
        <div className="field">
          <label htmlFor="scan-station">Station</label>
          <input id="scan-station" value={station} onChange={(e) => setStation(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="scan-barcode">Barcode</label>
          <input id="scan-barcode" ref={barcodeField} value={barcode} autoFocus autoComplete="off" inputMode="numeric"
            onChange={(e) => setBarcode(e.target.value)} {...describedBy(error, "barcode", "scan-barcode")} />
          <FieldError error={error} path="barcode" fieldId="scan-barcode" />
        </div>
        <button type="submit">Scan in</button>
      </form>
      <StatusMessage message={status} />
      <ProblemAlert error={error} shownFields={["barcode", "department"]} />
      <p><Link href="/requests">Manage in-process items</Link></p>
    </>
  );
}
