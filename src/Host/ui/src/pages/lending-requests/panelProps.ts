import type { LendingRequestView } from "../../api/types";
import type { LendingActionTarget } from "./lendingActions";

/** What every lending action's form is given: the request it acts on, and where its outcome goes. */
export interface LendingPanelProps {
  request: LendingActionTarget;
  onDone: (view: LendingRequestView, message: string) => void;
  onClose: () => void;
}
