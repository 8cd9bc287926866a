import type { DigitizationRequestSummary, DigitizationRequestView } from "../../api/types";

/** What every row action's panel is given: the digitization request it acts on, and where its outcome goes. */
export interface ActionPanelProps {
  request: DigitizationRequestSummary;
  onDone: (view: DigitizationRequestView, message: string) => void;
  onClose: () => void;
}
