import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { Link } from "../../router";
import { LendingScanForm } from "./LendingScanForm";
import { PlaceScanForm } from "./PlaceScanForm";

type Mode = "places" | "lending";

/**
 * The Scan In Items page: at a department or desk for digitization and move requests, and for resource-sharing staff
 * the lending items, which a scan checks in when they come back from a partner or ships when a request waits for
 * them. An account that does both chooses which.
 */
export function ScanIn() {
  const { t } = useTranslation("scan-in");
  const account = useAccount();
  const atPlaces = can.scanAtPlaces(account);
  const lending = can.workOnLending(account);
  const [mode, setMode] = useState<Mode>(atPlaces ? "places" : "lending");
  return (
    <>
      <h1>{t("title")}</h1>
      {atPlaces && lending && (
        <fieldset className="scan-mode">
          <legend>{t("for")}</legend>
          <label className="inline">
            <input type="radio" name="scan-mode" checked={mode === "places"} onChange={() => setMode("places")} />
            {t("places")}
          </label>
          <label className="inline">
            <input type="radio" name="scan-mode" checked={mode === "lending"} onChange={() => setMode("lending")} />
            {t("lending")}
          </label>
        </fieldset>
      )}
      {mode === "places" ? <PlaceScanForm /> : <LendingScanForm />}
      <p>{mode === "places" ? <Link href="/requests">{t("manageInProcess")}</Link> : <Link href="/lending">{t("manageLending")}</Link>}</p>
    </>
  );
}
