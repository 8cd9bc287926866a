import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { patronLimits } from "../../api/library";
import type { PatronLimit } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

const fields = ["userGroup", "maxDigitizationRequests"];

/** Adds a user group's row, or changes its limit (`limit` given): the group stays. Empty: no limit; 0: may not request. */
export function PatronLimitForm({ limit, onSaved, onCancel }: {
  limit: PatronLimit | null;
  onSaved: (saved: PatronLimit) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("patron-limits");
  const [userGroup, setUserGroup] = useState(limit?.userGroup ?? "");
  const [max, setMax] = useState(limit?.maxDigitizationRequests?.toString() ?? "");
  // The group is part of the address and the limit a JSON number: the form checks what the API cannot name.
  const [ownErrors, setOwnErrors] = useState<Record<string, string[]>>({});
  const saving = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const group = limit?.userGroup ?? userGroup.trim();
    const typed = max.trim();
    const errors: Record<string, string[]> = {};
    if (group === "") errors.userGroup = [t("form.userGroupMissing")];
    if (!/^\d*$/.test(typed)) errors.maxDigitizationRequests = [t("form.maxNotANumber")];
    setOwnErrors(errors);
    if (Object.keys(errors).length > 0) return;
    void saving.run(async () => {
      onSaved(await patronLimits.put(group, { maxDigitizationRequests: typed === "" ? null : Number(typed) }));
    });
  };

  const errorsOf = (field: string) => ownErrors[field] ?? saving.fieldErrors(field);
  const title = limit ? t("form.editTitle", { group: limit.userGroup }) : t("form.addTitle");
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="account-form">
      <h2>{title}</h2>
      {!limit && (
        <FormField id="limit-userGroup" label={t("form.userGroup")} errors={errorsOf("userGroup")}>
          {(control) => <input {...control} value={userGroup} onChange={(e) => setUserGroup(e.target.value)} />}
        </FormField>
      )}
      <FormField id="limit-maxDigitizationRequests" label={t("form.max")} errors={errorsOf("maxDigitizationRequests")}
        hint={t("form.maxHint")}>
        {(control) => <input {...control} inputMode="numeric" value={max} onChange={(e) => setMax(e.target.value)} />}
      </FormField>
      <ProblemAlert error={saving.problem} shownFields={fields} />
      <div className="form-actions">
        <button type="submit" disabled={saving.busy}>{limit ? t("form.save") : t("form.add")}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t("form.cancel")}</button>
      </div>
    </form>
  );
}
