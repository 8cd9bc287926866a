import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { scanStations } from "../../api/library";
import type { ScanStationKey } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

/** Registers a station that scans at a department (or desk code), or at a desk given as library and location. */
export function RegisterStationForm({ onRegistered }: { onRegistered: (key: ScanStationKey) => void }) {
  const [station, setStation] = useState({ id: "", department: "", library: "", location: "" });
  const registering = useSubmit();
  const { t } = useTranslation("scan-stations");

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
    <form onSubmit={submit} noValidate aria-label={t("register.title")} className="account-form">
      <h2>{t("register.title")}</h2>
      {field("id", t("register.id"), t("register.idHint"))}
      {field("department", t("register.department"), t("register.departmentHint"))}
      {field("library", t("register.library"))}
      {field("location", t("register.location"))}
      <ProblemAlert error={registering.problem} shownFields={["id", "department", "library", "location"]} />
      <button type="submit" disabled={registering.busy}>{t("register.submit")}</button>
    </form>
  );
}
