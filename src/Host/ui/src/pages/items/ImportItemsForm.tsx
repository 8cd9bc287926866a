import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { catalogue } from "../../api/library";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

/** Imports a CSV or JSON file of items; a bad row refuses the whole file, and the problem names the row and field. */
export function ImportItemsForm({ onImported }: { onImported: (message: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const importing = useSubmit();
  const { t } = useTranslation("items");

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    void importing.run(async () => {
      const result = await catalogue.importFile(file);
      onImported(t("import.done", { file: file.name, created: result.created, updated: result.updated }));
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("import.title")} className="account-form">
      <h2>{t("import.title")}</h2>
      <FormField id="import-file" label={t("import.file")} errors={importing.fieldErrors("file")}
        hint={t("import.hint")}>
        {(control) => <input {...control} type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </FormField>
      <ProblemAlert error={importing.problem} shownFields={["file"]} />
      <button type="submit" disabled={importing.busy || !file}>{t("import.submit")}</button>
    </form>
  );
}
