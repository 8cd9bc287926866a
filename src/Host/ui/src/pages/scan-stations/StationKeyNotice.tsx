import { useEffect, useRef } from "react";
import type { ScanStationKey } from "../../api/types";

/** A station's new key, shown this once: the host keeps only its hash. Focused, so it is read out and can be copied. */
export function StationKeyNotice({ stationKey, onDismiss }: { stationKey: ScanStationKey; onDismiss: () => void }) {
  const region = useRef<HTMLElement>(null);
  useEffect(() => region.current?.focus(), [stationKey]);
  return (
    <section ref={region} tabIndex={-1} aria-labelledby="station-key-heading" className="key-notice">
      <h2 id="station-key-heading">Key of {stationKey.id}</h2>
      <p>Set it on the station now (it sends it as <code>X-Api-Key</code>); it is not shown again.</p>
      <p><code className="key">{stationKey.apiKey}</code></p>
      <button type="button" className="secondary" onClick={onDismiss}>I have set the key</button>
    </section>
  );
}
