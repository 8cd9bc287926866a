import { useState } from "react";
import { useTranslation } from "react-i18next";
import { approvals, digitizationItems, digitizationRequests } from "../../api/library";
import type { Attachment, DigitizationRequestView } from "../../api/types";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { dateTime, number } from "../../components/format";
import { useSubmit } from "../../components/useSubmit";

/**
 * A request's files with their total size, each downloadable; a file the request can still lose can be deleted or
 * replaced (Alma: Digitization Processing, attachments' Edit and Delete): a delivery file while the request waits for
 * files (Document Delivery), a clearance document while the approval is pending. Replacing deletes the file, then
 * attaches the new one the same way.
 */
export function RequestAttachments({ request, onChanged }: { request: DigitizationRequestView; onChanged: () => void }) {
  const { t } = useTranslation("digitization-item");
  const [confirming, setConfirming] = useState<string | null>(null);
  const change = useSubmit();

  const size = (bytes: number) => bytes >= 1048576
    ? t("attachments.megabytes", { value: number(Math.round(bytes / 104857.6) / 10) })
    : t("attachments.kilobytes", { value: number(Math.max(1, Math.round(bytes / 1024))) });
  const editable = (a: Attachment) =>
    a.purpose === "copyrightClearance" ? request.approval?.status === "pending" : request.actions.includes("attach");

  const remove = (a: Attachment) => change.run(async () => {
    await digitizationItems.deleteAttachment(request.id, a.id);
    setConfirming(null);
    onChanged();
    return t("attachments.deleted", { file: a.fileName });
  });
  const replace = (a: Attachment, file: File) => change.run(async () => {
    await digitizationItems.deleteAttachment(request.id, a.id);
    try {
      if (a.purpose === "copyrightClearance") await approvals.attachClearance(request.id, file);
      else await digitizationRequests.attach(request.id, file, a.note ?? "");
    } finally {
      onChanged();
    }
    return t("attachments.replaced", { old: a.fileName, file: file.name });
  });

  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t("attachments.heading")}</h2>
      <ProblemAlert error={change.problem} />
      <StatusMessage message={change.success} />
      {request.attachments.length === 0 ? <p>{t("attachments.none")}</p> : (
        <>
          <p>{t("attachments.total", { size: size(request.attachmentBytes) })}</p>
          <ul className="attachments">
            {request.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/requests/${request.id}/attachments/${a.id}`} download={a.fileName}>{a.fileName}</a>{" "}
                <span className="subtle">
                  ({t("attachments.added", {
                    size: size(a.size), by: a.addedBy, at: dateTime(a.addedAt),
                    purpose: t(a.purpose === "copyrightClearance" ? "attachments.clearance" : "attachments.delivery"),
                  })})
                </span>
                {a.url && <> — <a href={a.url} rel="noreferrer">{a.url}</a></>}
                {a.note && <> — {a.note}</>}
                {editable(a) && (
                  <span className="row-actions">
                    {confirming === a.id ? (
                      <>
                        <button type="button" className="danger" disabled={change.busy} onClick={() => void remove(a)}>
                          {t("attachments.confirmDelete", { file: a.fileName })}
                        </button>
                        <button type="button" className="secondary" onClick={() => setConfirming(null)}>{t("attachments.keep")}</button>
                      </>
                    ) : (
                      <button type="button" className="danger" aria-label={t("attachments.deleteLabel", { file: a.fileName })}
                        onClick={() => setConfirming(a.id)}>{t("attachments.delete")}</button>
                    )}
                    <label>
                      {t("attachments.replaceLabel", { file: a.fileName })}{" "}
                      <input type="file" disabled={change.busy}
                        onChange={(e) => { const file = e.target.files?.[0]; if (file) void replace(a, file); }} />
                    </label>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
