import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useSubmit } from "../../components/useSubmit";
import type { DigitizationRequestView } from "../../api/types";
import { InventoryChangeButton, inventoryChangeIn } from "./InventoryChangeButton";

/** The request page's change of inventory, when the API offers one: the button, then what came of it. */
export function InventoryChangeAction({ request, onChanged }: { request: DigitizationRequestView; onChanged: () => void }) {
  const changing = useSubmit();
  const change = inventoryChangeIn(request.actions);
  return (
    <>
      {change && (
        <p>
          <InventoryChangeButton requestId={request.id} change={change} disabled={changing.busy}
            onChange={(run, message) => void changing.run(async () => {
              await run();
              onChanged();
              return message;
            })} />
        </p>
      )}
      <StatusMessage message={changing.success} />
      <ProblemAlert error={changing.problem} />
    </>
  );
}
