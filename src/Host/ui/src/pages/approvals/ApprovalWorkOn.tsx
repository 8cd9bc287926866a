import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../i18n/labels";
import { approvals } from "../../api/library";
import type { Approval } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { RuleLink } from "../../components/RuleLink";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { dateTime, managementLabel } from "../../components/format";
import { ClearanceAttachments } from "./ClearanceAttachments";
import { CopyrightForm } from "./CopyrightForm";
import { DecisionForm } from "./DecisionForm";
import { ExpiryForm } from "./ExpiryForm";

/**
 * "Work on" an approval request (Alma: Digitization Processing, Approving/Rejecting a Request for Digitization): the
 * copyright fields, the clearance evidence, the decision and the expiry.
 */
export function ApprovalWorkOn({ approvalId }: { approvalId: string }) {
  const approval = useLoad(() => approvals.get(approvalId), [approvalId]);
  const reasons = useLoad(approvals.reasons, []);
  const [status, setStatus] = useState("");
  const { t } = useTranslation("approvals");
  const labels = useLabels();

  const updated = (next: Approval, message: string) => {
    approval.setData(next);
    setStatus(message);
  };

  const a = approval.data;
  return (
    <>
      <p className="breadcrumb"><Link href="/approvals">{t("title")}</Link></p>
      <h1>{a ? t("workOnTitle", { title: a.title }) : t("workOnApproval")}</h1>
      <StatusMessage message={status} />
      <ProblemAlert error={approval.error ?? reasons.error} />
      {a && (
        <>
          <dl className="facts">
            <dt>{t("column.barcode")}</dt><dd>{a.barcode}</dd>
            <dt>{t("column.requester")}</dt><dd>{a.requesterId}</dd>
            <dt>{t("requestStatus")}</dt><dd>{labels.digitizationStatus(a.digitizationStatus)}</dd>
            <dt>{t("column.rule")}</dt><dd><RuleLink ruleId={a.ruleId} name={a.ruleName} /> ({managementLabel(a.management)})</dd>
            <dt>{t("approval")}</dt><dd>{labels.approvalStatus(a.status)}{a.decidedBy ? t("decidedBy", { by: a.decidedBy, when: dateTime(a.decidedAt) }) : ""}{a.reason ? ` — ${labels.reason(a.reason)}` : ""}</dd>
            <dt>{t("request")}</dt><dd><Link href={`/requests/${a.requestId}`}>{t("openRequest")}</Link></dd>
          </dl>
          {a.status === "pending" ? (
            <div className="work-on">
              <CopyrightForm approval={a} onSaved={updated} />
              <ClearanceAttachments approval={a} onAttached={updated} />
              {reasons.data && (
                <DecisionForm approval={a} reasons={reasons.data}
                  onDecided={(message) => {
                    setStatus(message);
                    void approval.reload();
                  }} />
              )}
              <ExpiryForm approval={a} onSaved={updated} />
            </div>
          ) : (
            <p>{t("decided")}</p>
          )}
        </>
      )}
    </>
  );
}
