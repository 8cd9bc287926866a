import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("approvals");

  const attach = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void attaching.run(async () => {
      onAttached(await approvals.attachClearance(approval.requestId, file), t("clearance.attached", { file: file.name }));
      input.value = "";
    });
  };

  return (
    <fieldset>
      <legend>{t("clearance.legend")}</legend>
      <AttachmentList requestId={approval.requestId} attachments={approval.clearanceAttachments} />
      <FormField id="clearance-file" label={t("clearance.attach")} hint={t("clearance.hint")}>
        {(control) => <input {...control} type="file" onChange={(e) => attach(e.currentTarget)} />}
      </FormField>
      <ProblemAlert error={attaching.problem} />
    </fieldset>
  );
}
