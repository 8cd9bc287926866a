import { useTranslation } from "react-i18next";
import type { LendingRequestSummary, LendingRequestView } from "../../api/types";
import { useLabels } from "../../i18n/labels";
import { Link } from "../../router";
import { date, dateTime } from "../../components/format";
import { LendingActionButtons } from "./LendingActionButtons";
import { LendingActionPanel } from "./LendingActionPanel";

export const lendingColumns = 9;

interface LendingRequestRowsProps {
  request: LendingRequestSummary;
  panel: string | null;
  busy: boolean;
  onOpen: (action: string) => void;
  onDirect: (action: string) => void;
  onFinished: (view: LendingRequestView, message: string) => void;
  onClose: () => void;
}

/** A lending request's row, and under it the form of the action being taken on it. */
export function LendingRequestRows({ request: r, panel, busy, onOpen, onDirect, onFinished, onClose }: LendingRequestRowsProps) {
  const { t } = useTranslation("lending-requests");
  const labels = useLabels();
  return (
    <>
      <tr>
        <td>
          <Link href={`/lending/${r.id}`}>{r.title}</Link>
          <div className="subtle">{r.externalId}</div>
          {r.alerts.map((a) => <div key={a} className="tag alert-tag">{a}</div>)}
        </td>
        <td>{r.partnerCode}</td>
        <td>{labels.lendingStatus(r.status)}</td>
        <td>{r.requestedFormat}</td>
        <td>{r.barcode}</td>
        <td>{r.assignee ?? <span className="subtle">{t("unassigned")}</span>}</td>
        <td>{date(r.dueDate)}</td>
        <td>{dateTime(r.updatedAt)}</td>
        <td className="row-actions">
          <LendingActionButtons request={r} open={panel} busy={busy} onOpen={onOpen} onDirect={onDirect} />
        </td>
      </tr>
      {panel && (
        <tr className="panel-row">
          <td colSpan={lendingColumns}>
            <LendingActionPanel action={panel} request={r} onDone={onFinished} onClose={onClose} />
          </td>
        </tr>
      )}
    </>
  );
}
