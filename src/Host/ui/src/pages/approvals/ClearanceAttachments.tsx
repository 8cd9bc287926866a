import { approvals } from "../../api/library";
import type { Approval } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { AttachmentList } from "../../components/AttachmentList";
import { useSubmit } from "../../components/useSubmit";

interface ClearanceAttachmentsProps {
  approval: Approval;
  onAttached: (approval: Approval, message: string) => void;
}

/**
 * The Quick Add section of "Work on" (Alma: Digitization Processing, Approving/Rejecting a Request for Digitization):
 * evidence such as a clearance confirmation, kept with the request and never sent.
 */
export function ClearanceAttachments({ approval, onAttached }: ClearanceAttachmentsProps) {
  const attaching = useSubmit();

  const attach = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void attaching.run(async () => {
      onAttached(await approvals.attachClearance(approval.requestId, file), `Attached ${file.name}`);
      input.value = "";
    });
  };

  return (
    <fieldset>
      <legend>Clearance documents</legend>
      <AttachmentList requestId={approval.requestId} attachments={approval.clearanceAttachments} />
      <FormField id="clearance-file" label="Attach clearance document" hint="At most 10 MB; uploaded when chosen.">
        {(control) => <input {...control} type="file" onChange={(e) => attach(e.currentTarget)} />}
      </FormField>
      <ProblemAlert error={attaching.problem} />
    </fieldset>
  );
}
