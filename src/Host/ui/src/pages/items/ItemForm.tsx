import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { catalogue } from "../../api/library";
import type { CatalogueItem } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

type Text = "barcode" | "title" | "author" | "isbn" | "issn" | "library" | "location" | "materialType";

// Each field's label is field.<name> in the items namespace.
const texts: Text[] = ["barcode", "title", "author", "isbn", "issn", "library", "location", "materialType"];

/** Adds an item by barcode, or changes one (`item` given); the barcode names the item and does not change. */
export function ItemForm({ item, onSaved, onCancel }: { item: CatalogueItem | null; onSaved: (saved: CatalogueItem) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<Record<Text, string>>({
    barcode: item?.barcode ?? "", title: item?.title ?? "", author: item?.author ?? "", isbn: item?.isbn ?? "", issn: item?.issn ?? "",
    library: item?.library ?? "", location: item?.location ?? "", materialType: item?.materialType ?? "",
  });
  const saving = useSubmit();
  const { t } = useTranslation("items");

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
    <FormField key={name} id={`item-${name}`} label={t(`field.${name}`)} errors={saving.fieldErrors(name)}>
      {(control) => <input {...control} value={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />}
    </FormField>
  );

  return (
    <form onSubmit={submit} noValidate aria-label={item ? t("editItem", { barcode: item.barcode }) : t("add")} className="account-form">
      <h2>{item ? t("editItem", { barcode: item.barcode }) : t("add")}</h2>
      {!item && field("barcode")}
      {texts.filter((name) => name !== "barcode").map(field)}
      <ProblemAlert error={saving.problem} shownFields={texts} />
      <div className="form-actions">
        <button type="submit" disabled={saving.busy}>{t("save")}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t("cancel")}</button>
      </div>
    </form>
  );
}
