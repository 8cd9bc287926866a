import { useState } from "react";
import { useTranslation } from "react-i18next";
import { scanStations } from "../../api/library";
import type { ScanStation, ScanStationKey } from "../../api/types";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { dateTime } from "../../components/format";
import { RegisterStationForm } from "./RegisterStationForm";
import { StationKeyNotice } from "./StationKeyNotice";

/**
 * The scan stations (General System Administrator): where each scans, and its key, which the host keeps only as a
 * hash and so shows once, when a station is registered or its key rotated.
 */
export function ScanStations() {
  const { t } = useTranslation("scan-stations");
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
      return t("rotated", { id: s.id });
    });

  const revoke = (s: ScanStation) =>
    changing.run(async () => {
      await scanStations.revoke(s.id);
      setConfirming(null);
      setNewKey(null);
      await list.reload();
      return t("revoked", { id: s.id });
    });

  const placeOf = (s: ScanStation) => (s.department ? t("department", { department: s.department }) : `${s.library} / ${s.location}`);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {newKey && <StationKeyNotice stationKey={newKey} onDismiss={() => setNewKey(null)} />}
      <StatusMessage message={changing.success} />
      <ProblemAlert error={changing.problem ?? list.error} />
      {list.loading && !list.data ? <p>{t("loading")}</p> : list.data?.length === 0 ? <p>{t("none")}</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("column.station")}</th>
                <th scope="col">{t("column.scansAt")}</th>
                <th scope="col">{t("column.keyIssued")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((s) => (
                <tr key={s.id}>
                  <td>{s.id}</td>
                  <td>{placeOf(s)}</td>
                  <td>{dateTime(s.keyIssuedAt)}</td>
                  <td>{s.revokedAt ? t("revokedAt", { date: dateTime(s.revokedAt) }) : t("active")}</td>
                  <td className="row-actions">
                    {!s.revokedAt && confirming !== s.id && (
                      <>
                        <button type="button" aria-label={t("rotateOf", { id: s.id })} onClick={() => void rotate(s)}>{t("rotate")}</button>
                        <button type="button" className="danger" aria-label={t("revokeOf", { id: s.id })} onClick={() => setConfirming(s.id)}>
                          {t("revoke")}
                        </button>
                      </>
                    )}
                    {confirming === s.id && (
                      <>
                        <button type="button" className="danger" onClick={() => void revoke(s)}>{t("revokeForGood", { id: s.id })}</button>
                        <button type="button" className="secondary" onClick={() => setConfirming(null)}>{t("keep")}</button>
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
