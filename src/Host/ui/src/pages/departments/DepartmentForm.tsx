import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { departments } from "../../api/library";
import type { Department } from "../../api/types";
import { commaList, parseCommaList } from "../../components/commaList";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

const fields = ["code", "name", "description", "workTimeDays", "servedLibraries"];

/**
 * Adds a digitization department, or edits one (`department` given): its code stays. Work time is the number of days
 * after which a request the department could not process is cancelled; no served library means the whole institution
 * (Alma: Configuring Digitization, Digitization Departments).
 */
export function DepartmentForm({ department, onSaved, onCancel }: {
  department: Department | null;
  onSaved: (saved: Department) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("departments");
  const [code, setCode] = useState(department?.code ?? "");
  const [name, setName] = useState(department?.name ?? "");
  const [description, setDescription] = useState(department?.description ?? "");
  const [workTimeDays, setWorkTimeDays] = useState(department?.workTimeDays?.toString() ?? "");
  const [libraries, setLibraries] = useState(commaList(department?.servedLibraries ?? []));
  const [daysNotANumber, setDaysNotANumber] = useState(false);
  const saving = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const days = workTimeDays.trim();
    // JSON has no way to send "12 days" to a number field, so the form says so itself.
    const whole = /^\d*$/.test(days);
    setDaysNotANumber(!whole);
    if (!whole) return;
    void saving.run(async () => {
      onSaved(await departments.put(department?.code ?? code.trim(), {
        name: name.trim(),
        description: description.trim() || null,
        workTimeDays: days === "" ? null : Number(days),
        servedLibraries: parseCommaList(libraries),
      }));
    });
  };

  const title = department ? t("form.editTitle", { code: department.code }) : t("form.addTitle");
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="account-form">
      <h2>{title}</h2>
      {!department && (
        <FormField id="department-code" label={t("form.code")} errors={saving.fieldErrors("code")} hint={t("form.codeHint")}>
          {(control) => <input {...control} value={code} onChange={(e) => setCode(e.target.value)} />}
        </FormField>
      )}
      <FormField id="department-name" label={t("form.name")} errors={saving.fieldErrors("name")}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      <FormField id="department-description" label={t("form.description")} errors={saving.fieldErrors("description")}>
        {(control) => <textarea {...control} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </FormField>
      <FormField id="department-workTimeDays" label={t("form.workTime")}
        errors={daysNotANumber ? [t("form.workTimeNotANumber")] : saving.fieldErrors("workTimeDays")} hint={t("form.workTimeHint")}>
        {(control) => <input {...control} inputMode="numeric" value={workTimeDays} onChange={(e) => setWorkTimeDays(e.target.value)} />}
      </FormField>
      <FormField id="department-servedLibraries" label={t("form.servedLibraries")} errors={saving.fieldErrors("servedLibraries")}
        hint={t("form.servedLibrariesHint")}>
        {(control) => <input {...control} value={libraries} onChange={(e) => setLibraries(e.target.value)} />}
      </FormField>
      <ProblemAlert error={saving.problem} shownFields={fields} />
      <div className="form-actions">
        <button type="submit" disabled={saving.busy}>{department ? t("form.save") : t("form.add")}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t("form.cancel")}</button>
      </div>
    </form>
  );
}
