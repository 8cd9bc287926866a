import { useTranslation } from "react-i18next";
import { digitizationInventory, type InventoryChange } from "../../api/library";
import type { DigitizationRequestView } from "../../api/types";

/** The change of inventory the API offers among a request's actions, if any. */
export function inventoryChangeIn(actions: readonly string[]): InventoryChange | null {
  return actions.includes("change-to-electronic") ? "change-to-electronic" : actions.includes("change-to-physical") ? "change-to-physical" : null;
}

interface InventoryChangeButtonProps {
  requestId: string;
  change: InventoryChange;
  /** Runs the change (the caller reports its outcome and problem) with the message to show once it is done. */
  onChange: (run: () => Promise<DigitizationRequestView>, message: string) => void;
  disabled?: boolean;
}

/** "Change to electronic" / "Change to physical" (Alma: Digitization Processing), a row or page action. */
export function InventoryChangeButton({ requestId, change, onChange, disabled }: InventoryChangeButtonProps) {
  const { t } = useTranslation("digitization-inventory");
  const electronic = change === "change-to-electronic";
  return (
    <button type="button" disabled={disabled}
      onClick={() => onChange(() => digitizationInventory.change(requestId, change),
        electronic ? t("change.changedToElectronic") : t("change.changedToPhysical"))}>
      {electronic ? t("change.toElectronic") : t("change.toPhysical")}
    </button>
  );
}
