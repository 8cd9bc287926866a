import { useState } from "react";
import { scanStations } from "../../api/library";
import type { ScanStation, ScanStationKey } from "../../api/types";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { dateTime } from "../../components/format";
import { RegisterStationForm } from "./RegisterStationForm";
import { StationKeyNotice } from "./StationKeyNotice";

const placeOf = (s: ScanStation) => (s.department ? `Department ${s.department}` : `${s.library} / ${s.location}`);

/**
 * The scan stations (General System Administrator): where each scans, and its key, which the host keeps only as a
 * hash and so shows once, when a station is registered or its key rotated.
 */
export function ScanStations() {
  const list = useLoad(scanStations.list, []);
  const [newKey, setNewKey] = useState<ScanStationKey | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const changing = useSubmit();

  const keyIssued = (key: ScanStationKey) => {
    setNewKey(key);
    void list.reload();
  };

  const rotate = (s: ScanStation) =>
    changing.run(async () => {
      keyIssued(await scanStations.rotateKey(s.id));
      return `New key for ${s.id}; the old one no longer works`;
    });

  const revoke = (s: ScanStation) =>
    changing.run(async () => {
      await scanStations.revoke(s.id);
      setConfirming(null);
      setNewKey(null);
      await list.reload();
      return `Revoked ${s.id}`;
    });

  return (
    <>
      <h1>Scan stations</h1>
      <p className="lead">Each station sends its key with every scan; a revoked station keeps its id and scans no more.</p>
      {newKey && <StationKeyNotice stationKey={newKey} onDismiss={() => setNewKey(null)} />}
      <StatusMessage message={changing.success} />
      <ProblemAlert error={changing.problem ?? list.error} />
      {list.loading && !list.data ? <p>Loading…</p> : list.data?.length === 0 ? <p>No scan station is registered.</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Registered scan stations</caption>
            <thead>
              <tr>
                <th scope="col">Station</th>
                <th scope="col">Scans at</th>
                <th scope="col">Key issued</th>
                <th scope="col">Status</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((s) => (
                <tr key={s.id}>
                  <td>{s.id}</td>
                  <td>{placeOf(s)}</td>
                  <td>{dateTime(s.keyIssuedAt)}</td>
                  <td>{s.revokedAt ? `Revoked ${dateTime(s.revokedAt)}` : "Active"}</td>
                  <td className="row-actions">
                    {!s.revokedAt && confirming !== s.id && (
                      <>
                        <button type="button" aria-label={`Rotate key of ${s.id}`} onClick={() => void rotate(s)}>Rotate key</button>
                        <button type="button" className="danger" aria-label={`Revoke ${s.id}`} onClick={() => setConfirming(s.id)}>
                          Revoke
                        </button>
                      </>
                    )}
                    {confirming === s.id && (
                      <>
                        <button type="button" className="danger" onClick={() => void revoke(s)}>Revoke {s.id} for good</button>
                        <button type="button" className="secondary" onClick={() => setConfirming(null)}>Keep it</button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RegisterStationForm onRegistered={keyIssued} />
    </>
  );
}
