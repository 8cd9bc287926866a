import { useTranslation } from "react-i18next";
import type { Attachment } from "../api/types";
import { dateTime, number } from "./format";

/** A digitization request's files, each downloadable from the API. */
export function AttachmentList({ requestId, attachments }: { requestId: string; attachments: Attachment[] }) {
  const { t } = useTranslation("components");
  if (attachments.length === 0) return <p>{t("attachments.none")}</p>;
  return (
    <ul className="attachments">
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={`/api/requests/${requestId}/attachments/${a.id}`} download={a.fileName}>{a.fileName}</a>{" "}
          <span className="subtle">
            ({t("attachments.details", {
              size: number(Math.max(1, Math.round(a.size / 1024))),
              purpose: a.purpose === "copyrightClearance" ? t("attachments.clearance") : t("attachments.delivery"),
              by: a.addedBy,
              when: dateTime(a.addedAt),
            })})
          </span>
          {a.url && <> — <a href={a.url} rel="noreferrer">{a.url}</a></>}
          {a.note && <> — {a.note}</>}
        </li>
      ))}
    </ul>
  );
}
