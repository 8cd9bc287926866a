/**
 * The page's one live region for outcomes ("Saved", "Published version 2"). It stays in the document even while
 * empty, so screen readers already watch it when the message arrives.
 */
export function StatusMessage({ message }: { message: string }) {
  return (
    <p role="status" className={message ? "status-message" : "status-message empty"}>
      {message}
    </p>
  );
}
