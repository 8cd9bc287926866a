import { ConditionalPanel, RejectPanel, ReplyPanel } from "./DecisionPanels";
import { DigitizationRequestPanel, MoveRequestPanel } from "./LinkedRequestPanels";
import { DueDatePanel, PartnerEmailPanel } from "./LoanPanels";
import { NotesPanel } from "./NotesPanel";
import type { LendingPanelProps } from "./panelProps";
import { ShipDigitallyPanel, ShipPhysicallyPanel } from "./ShipPanels";

/** The form of the action being taken: what it asks for besides the request, each action as its endpoint reads it. */
export function LendingActionPanel({ action, ...props }: LendingPanelProps & { action: string }) {
  switch (action) {
    case "ship-physically": return <ShipPhysicallyPanel {...props} />;
    case "ship-digitally": return <ShipDigitallyPanel {...props} />;
    case "reject": return <RejectPanel {...props} />;
    case "conditional": return <ConditionalPanel {...props} />;
    case "conditional-reply":
    case "cancel-reply": return <ReplyPanel {...props} action={action} />;
    case "renew":
    case "recall": return <DueDatePanel {...props} action={action} />;
    case "partner-email": return <PartnerEmailPanel {...props} />;
    case "move-request": return <MoveRequestPanel {...props} />;
    case "digitization-request": return <DigitizationRequestPanel {...props} />;
    default: return <NotesPanel {...props} action={action} />;
  }
}
