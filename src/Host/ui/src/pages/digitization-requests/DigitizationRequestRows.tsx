import { useTranslation } from "react-i18next";
import type { DigitizationRequestAction, DigitizationRequestSummary, DigitizationRequestView } from "../../api/types";
import { Link } from "../../router";
import { dateTime, targetLabel } from "../../components/format";
import { useLabels } from "../../i18n/labels";
import { AttachPanel } from "./AttachPanel";
import { CancelPanel } from "./CancelPanel";
import { RepresentationPanel } from "./RepresentationPanel";
import { MarkMissingButton } from "../digitization-item/MarkMissingButton";
import { MarkMissingPanel } from "../digitization-item/MarkMissingPanel";
import { InventoryChangeButton, inventoryChangeIn } from "../digitization-inventory/InventoryChangeButton";

/** The row actions that open a form under the row. */
export type PanelAction = "attach" | "add-representation" | "cancel" | "mark-missing";

interface DigitizationRequestRowsProps {
  request: DigitizationRequestSummary;
  panel: PanelAction | null;
  cancelReasons: string[];
  has: (action: DigitizationRequestAction) => boolean;
  onNextStep: () => void;
  onDone: () => void;
  onChangeInventory: (run: () => Promise<DigitizationRequestView>, message: string) => void;
  onOpen: (action: PanelAction) => void;
  onFinished: (view: DigitizationRequestView, message: string) => void;
  onClose: () => void;
}

/** A digitization request's row, and under it the form of the action being taken on it. */
export function DigitizationRequestRows({
  request: r, panel, cancelReasons, has, onNextStep, onDone, onChangeInventory, onOpen, onFinished, onClose,
}: DigitizationRequestRowsProps) {
  const { t } = useTranslation("digitization-requests");
  const change = inventoryChangeIn(r.actions);
  const labels = useLabels();
  return (
    <>
      <tr>
        <td>
          <Link href={`/requests/${r.id}`}>{r.title}</Link>
          {r.partTitle && <div className="subtle">{r.partTitle}</div>}
        </td>
        <td>{r.barcode}</td>
        <td>{labels.digitizationStatus(r.status)}</td>
        <td>{t(`scope.${r.scope}`)}</td>
        <td>{r.department}</td>
        <td>{targetLabel(r.target)}</td>
        <td>{r.requesterName ? `${r.requesterName} (${r.requesterId})` : r.requesterId}</td>
        <td>{dateTime(r.updatedAt)}</td>
        <td className="row-actions">
          {has("next-step") && <button type="button" onClick={onNextStep}>{t("action.nextStep")}</button>}
          {has("attach") && <button type="button" onClick={() => onOpen("attach")} aria-expanded={panel === "attach"}>{t("action.attach")}</button>}
          {has("add-representation") && (
            <button type="button" onClick={() => onOpen("add-representation")} aria-expanded={panel === "add-representation"}>{t("action.addRepresentation")}</button>
          )}
          {has("done") && <button type="button" onClick={onDone}>{t("action.done")}</button>}
          {change && has(change) && <InventoryChangeButton requestId={r.id} change={change} onChange={onChangeInventory} />}
          {has("mark-missing") && (
            <MarkMissingButton onClick={() => onOpen("mark-missing")} expanded={panel === "mark-missing"} />
          )}
          {has("cancel") && (
            <button type="button" className="danger" onClick={() => onOpen("cancel")} aria-expanded={panel === "cancel"}>{t("action.cancel")}</button>
          )}
        </td>
      </tr>
      {panel && (
        <tr className="panel-row">
          <td colSpan={9}>
            {panel === "attach" && <AttachPanel request={r} onDone={onFinished} onClose={onClose} />}
            {panel === "add-representation" && <RepresentationPanel request={r} onDone={onFinished} onClose={onClose} />}
            {panel === "cancel" && <CancelPanel request={r} reasons={cancelReasons} onDone={onFinished} onClose={onClose} />}
            {panel === "mark-missing" && <MarkMissingPanel request={r} onDone={onFinished} onClose={onClose} />}
          </td>
        </tr>
      )}
    </>
  );
}
