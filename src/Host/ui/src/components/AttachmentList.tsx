import type { Attachment } from "../api/types";
import { dateTime } from "./format";

/** A digitization request's files, each downloadable from the API. */
export function AttachmentList({ requestId, attachments }: { requestId: string; attachments: Attachment[] }) {
  if (attachments.length === 0) return <p>No attachments.</p>;
  return (
    <ul className="attachments">
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={`/api/requests/${requestId}/attachments/${a.id}`} download={a.fileName}>{a.fileName}</a>{" "}
          <span className="subtle">
            ({Math.max(1, Math.round(a.size / 1024))} KB, {a.purpose === "copyrightClearance" ? "clearance" : "delivery"},
            added by {a.addedBy} {dateTime(a.addedAt)})
          </span>
          {a.url && <> — <a href={a.url} rel="noreferrer">{a.url}</a></>}
          {a.note && <> — {a.note}</>}
        </li>
      ))}
    </ul>
  );
}
