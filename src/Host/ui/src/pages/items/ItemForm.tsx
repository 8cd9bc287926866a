import { useState, type FormEvent } from "react";
import { catalogue } from "../../api/library";
import type { CatalogueItem } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

type Text = "barcode" | "title" | "author" | "isbn" | "issn" | "library" | "location" | "materialType";

const labels: Record<Text, string> = {
  barcode: "Barcode", title: "Title", author: "Author", isbn: "ISBN", issn: "ISSN", library: "Library", location: "Location",
  materialType: "Material type",
};

/** Adds an item by barcode, or changes one (`item` given); the barcode names the item and does not change. */
export function ItemForm({ item, onSaved, onCancel }: { item: CatalogueItem | null; onSaved: (saved: CatalogueItem) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<Record<Text, string>>({
    barcode: item?.barcode ?? "", title: item?.title ?? "", author: item?.author ?? "", isbn: item?.isbn ?? "", issn: item?.issn ?? "",
    library: item?.library ?? "", location: item?.location ?? "", materialType: item?.materialType ?? "",
  });
  const saving = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(async () => {
      const optional = (name: Text) => draft[name].trim() || null;
      onSaved(await catalogue.put(draft.barcode.trim(), {
        title: draft.title.trim(), author: optional("author"), isbn: optional("isbn"), issn: optional("issn"),
        library: draft.library.trim(), location: draft.location.trim(), materialType: optional("materialType"),
      }));
    });
  };

  const field = (name: Text) => (
    <FormField key={name} id={`item-${name}`} label={labels[name]} errors={saving.fieldErrors(name)}>
      {(control) => <input {...control} value={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />}
    </FormField>
  );

  return (
    <form onSubmit={submit} noValidate aria-label={item ? `Edit item ${item.barcode}` : "Add an item"} className="account-form">
      <h2>{item ? `Edit item ${item.barcode}` : "Add an item"}</h2>
      {!item && field("barcode")}
      {(["title", "author", "isbn", "issn", "library", "location", "materialType"] as Text[]).map(field)}
      <ProblemAlert error={saving.problem} shownFields={Object.keys(labels)} />
      <div className="form-actions">
        <button type="submit" disabled={saving.busy}>Save</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
