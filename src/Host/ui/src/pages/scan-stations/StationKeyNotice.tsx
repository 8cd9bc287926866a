import { useEffect, useRef } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { ScanStationKey } from "../../api/types";

/** A station's new key, shown this once: the host keeps only its hash. Focused, so it is read out and can be copied. */
export function StationKeyNotice({ stationKey, onDismiss }: { stationKey: ScanStationKey; onDismiss: () => void }) {
  const region = useRef<HTMLElement>(null);
  const { t } = useTranslation("scan-stations");
  useEffect(() => region.current?.focus(), [stationKey]);
  return (
    <section ref={region} tabIndex={-1} aria-labelledby="station-key-heading" className="key-notice">
      <h2 id="station-key-heading">{t("key.title", { id: stationKey.id })}</h2>
      <p><Trans t={t} i18nKey="key.setIt" components={{ code: <code /> }} /></p>
      <p><code className="key">{stationKey.apiKey}</code></p>
      <button type="button" className="secondary" onClick={onDismiss}>{t("key.done")}</button>
    </section>
  );
}
