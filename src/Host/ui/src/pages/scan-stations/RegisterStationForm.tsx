import { useState, type FormEvent } from "react";
import { scanStations } from "../../api/library";
import type { ScanStationKey } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

/** Registers a station that scans at a department (or desk code), or at a desk given as library and location. */
export function RegisterStationForm({ onRegistered }: { onRegistered: (key: ScanStationKey) => void }) {
  const [station, setStation] = useState({ id: "", department: "", library: "", location: "" });
  const registering = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void registering.run(async () => {
      onRegistered(await scanStations.register({
        id: station.id.trim(),
        department: station.department.trim() || null,
        library: station.library.trim() || null,
        location: station.location.trim() || null,
      }));
      setStation({ id: "", department: "", library: "", location: "" });
    });
  };

  const field = (name: keyof typeof station, label: string, hint?: string) => (
    <FormField id={`station-${name}`} label={label} errors={registering.fieldErrors(name)} hint={hint}>
      {(control) => <input {...control} value={station[name]} onChange={(e) => setStation({ ...station, [name]: e.target.value })} />}
    </FormField>
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Register a scan station" className="account-form">
      <h2>Register a scan station</h2>
      {field("id", "Station id", "Letters, digits, _ and -.")}
      {field("department", "Department", "A digitization department or desk code; or leave it empty and give a library and location.")}
      {field("library", "Library")}
      {field("location", "Location")}
      <ProblemAlert error={registering.problem} shownFields={["id", "department", "library", "location"]} />
      <button type="submit" disabled={registering.busy}>Register</button>
    </form>
  );
}
