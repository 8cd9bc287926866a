import { useState, type FormEvent } from "react";
import { catalogue } from "../../api/library";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

/** Imports a CSV or JSON file of items; a bad row refuses the whole file, and the problem names the row and field. */
export function ImportItemsForm({ onImported }: { onImported: (message: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const importing = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    void importing.run(async () => {
      const result = await catalogue.importFile(file);
      onImported(`Imported ${file.name}: ${result.created} added, ${result.updated} replaced`);
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Import items" className="account-form">
      <h2>Import items</h2>
      <FormField id="import-file" label="CSV or JSON file" errors={importing.fieldErrors("file")}
        hint="CSV: a header row naming barcode, title, author, isbn, issn, library, location, materialType. JSON: a list of items. Items are matched by barcode.">
        {(control) => <input {...control} type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </FormField>
      <ProblemAlert error={importing.problem} shownFields={["file"]} />
      <button type="submit" disabled={importing.busy || !file}>Import</button>
    </form>
  );
}
