// Values the API keeps in English (statuses, Alma's reason lists) as the language shows them. The key is the API's
// value itself, looked up in a table of the common namespace rather than through a key path, since values may hold
// dots or colons. A value the table lacks (a reason the library defined) is shown as it is.
import { useTranslation } from "react-i18next";
import type { ApprovalStatus, DigitizationStatus, LendingStatus, MoveStatus } from "../api/types";

type Tables = "digitizationStatus" | "lendingStatus" | "moveStatus" | "approvalStatus" | "reason";

export function useLabels() {
  const { t } = useTranslation();
  const label = (table: Tables, value: string): string => {
    const entries = t(table, { returnObjects: true }) as Record<string, string>;
    return entries[value] ?? value;
  };
  return {
    digitizationStatus: (status: DigitizationStatus) => label("digitizationStatus", status),
    lendingStatus: (status: LendingStatus) => label("lendingStatus", status),
    moveStatus: (status: MoveStatus) => label("moveStatus", status),
    approvalStatus: (status: ApprovalStatus) => label("approvalStatus", status),
    /** A reason from one of Alma's lists, or the library's own as it was written. */
    reason: (reason: string) => label("reason", reason),
  };
}
