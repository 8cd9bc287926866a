import { useState } from "react";
import { approvals } from "../../api/library";
import type { Approval } from "../../api/types";
import { ProblemAlert } from "../../components/ProblemAlert";
import { AttachmentList } from "../../components/AttachmentList";

interface ClearanceAttachmentsProps {
  approval: Approval;
  onAttached: (approval: Approval, message: string) => void;
}

/** Seed 002's Quick Add: evidence such as a clearance confirmation, kept with the request and never sent. */
export function ClearanceAttachments({ approval, onAttached }: ClearanceAttachmentsProps) {
  const [error, setError] = useState<unknown>(null);

  const attach = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    try {
      onAttached(await approvals.attachClearance(approval.requestId, file), `Attached ${file.name}`);
      input.value = "";
    } catch (err) {
      setError(err);
    }
  };

  return (
    <fieldset>
      <legend>Clearance documents</legend>
      <AttachmentList requestId={approval.requestId} attachments={approval.clearanceAttachments} />
      <div className="field">
        <label htmlFor="clearance-file">Attach clearance document</label>
        <input id="clearance-file" type="file" onChange={(e) => attach(e.currentTarget)} />
        <span className="hint">At most 10 MB; uploaded when chosen.</span>
      </div>
      <ProblemAlert error={error} />
    </fieldset>
  );
}
