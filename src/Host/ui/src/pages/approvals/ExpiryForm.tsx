import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { approvals } from "../../api/library";
import type { Approval } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

/** The value a datetime-local input shows for an instant, in the browser's time zone. */
function localInputValue(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * "Update Expiry" (Alma: Digitization Processing, Approving/Rejecting a Request for Digitization): moves the date the
 * request expires on, when its department sets one.
 */
export function ExpiryForm({ approval, onSaved }: { approval: Approval; onSaved: (approval: Approval, message: string) => void }) {
  const [value, setValue] = useState(localInputValue(approval.expiresAt));
  const saving = useSubmit();
  const { t } = useTranslation("approvals");

  const save = (e: FormEvent) => {
    e.preventDefault();
    const instant = new Date(value);
    // An unreadable date goes as typed, so the API names the field instead of the UI guessing.
    const expiresAt = Number.isNaN(instant.getTime()) ? value : instant.toISOString();
    void saving.run(async () => onSaved(await approvals.updateExpiry(approval.id, expiresAt), t("expiry.updated")));
  };

  return (
    <form onSubmit={save} noValidate>
      <fieldset>
        <legend>{t("expiry.legend")}</legend>
        {!approval.expiresAt && <p className="hint">{t("expiry.none")}</p>}
        <FormField id="expires-at" label={t("expiry.at")} errors={saving.fieldErrors("expiresAt")}>
          {(control) => <input {...control} type="datetime-local" value={value} onChange={(e) => setValue(e.target.value)} />}
        </FormField>
        <ProblemAlert error={saving.problem} shownFields={["expiresAt"]} />
        <button type="submit">{t("expiry.submit")}</button>
      </fieldset>
    </form>
  );
}
