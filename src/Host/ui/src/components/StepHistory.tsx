import { useTranslation } from "react-i18next";
import type { HistoryEntry } from "../api/types";
import { dateTime } from "./format";

/**
 * The steps a request's workflow took, who took them and what came of each; a lending step's note says the status it
 * left and the one it reached ("ship-physically: Lending Request Created → Shipped Physically; …").
 */
export function StepHistory({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation("components");
  if (history.length === 0) return <p>{t("history.none")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("history.column.when")}</th>
            <th scope="col">{t("history.column.who")}</th>
            <th scope="col">{t("history.column.activity")}</th>
            <th scope="col">{t("history.column.outcome")}</th>
            <th scope="col">{t("history.column.note")}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.sequence}>
              <td>{dateTime(h.at)}</td>
              <td>{h.actor}</td>
              <td>{h.activity} <span className="subtle">({h.type})</span></td>
              <td>{h.outcome ?? ""}</td>
              <td>{h.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
