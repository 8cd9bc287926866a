import { useState } from "react";
import { useTranslation } from "react-i18next";
import { catalogue } from "../../api/library";
import type { CatalogueItem } from "../../api/types";
import { ActionForm } from "../../components/ActionForm";
import { FormField } from "../../components/FormField";
import { useSubmit } from "../../components/useSubmit";

/** "Item found": a missing item is back in hand, so its missing flag is cleared; the note says where it turned up. */
export function ItemFoundPanel({ item, onFound, onClose }: { item: CatalogueItem; onFound: (item: CatalogueItem) => void; onClose: () => void }) {
  const { t } = useTranslation("items");
  const [note, setNote] = useState("");
  const finding = useSubmit();
  const id = `item-found-${item.barcode}`;
  return (
    <ActionForm title={t("found.title", { title: item.title })} submission={finding} shownFields={["note"]} submitLabel={t("found.submit")}
      action={async () => onFound(await catalogue.found(item.barcode, note))} onClose={onClose}>
      <p>{t("found.explanation")}</p>
      <FormField id={`${id}-note`} label={t("found.note")} errors={finding.fieldErrors("note")}>
        {(control) => <input {...control} value={note} autoFocus onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
