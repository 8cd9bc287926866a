import { useState, type FormEvent } from "react";
import { approvals } from "../../api/library";
import type { Approval } from "../../api/types";
import { describedBy, FieldError } from "../../components/FieldError";
import { ProblemAlert } from "../../components/ProblemAlert";

/** The value a datetime-local input shows for an instant, in the browser's time zone. */
function localInputValue(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "Update Expiry": moves the date the request expires on, when its department sets one. */
export function ExpiryForm({ approval, onSaved }: { approval: Approval; onSaved: (approval: Approval, message: string) => void }) {
  const [value, setValue] = useState(localInputValue(approval.expiresAt));
  const [error, setError] = useState<unknown>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const instant = new Date(value);
    try {
      // An unreadable date goes as typed, so the API names the field instead of the UI guessing.
      onSaved(await approvals.updateExpiry(approval.id, Number.isNaN(instant.getTime()) ? value : instant.toISOString()), "Expiry updated");
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form onSubmit={save} noValidate>
      <fieldset>
        <legend>Expiry</legend>
        {!approval.expiresAt && <p className="hint">This request has no expiry date: its department sets no work time.</p>}
        <div className="field">
          <label htmlFor="expires-at">Expires at</label>
          <input id="expires-at" type="datetime-local" value={value} onChange={(e) => setValue(e.target.value)}
            {...describedBy(error, "expiresAt", "expires-at")} />
          <FieldError error={error} path="expiresAt" fieldId="expires-at" />
        </div>
        <ProblemAlert error={error} shownFields={["expiresAt"]} />
        <button type="submit">Update expiry</button>
      </fieldset>
    </form>
  );
}
