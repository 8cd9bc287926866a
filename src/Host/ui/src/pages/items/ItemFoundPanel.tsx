import { useState } from "react";
import { useTranslation } from "react-i18next";
import { catalogue } from "../../api/library";
import type { CatalogueItem } from "../../api/types";
import { ActionForm } from "../../components/ActionForm";
import { FormField } from "../../components/FormField";
import { dateTime } from "../../components/format";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { Link } from "../../router";

/**
 * "Item found": a missing item is back in hand, so its missing flag is cleared; the note says where it turned up. The
 * item's history shows who flagged it missing, for which request.
 */
export function ItemFoundPanel({ item, onFound, onClose }: { item: CatalogueItem; onFound: (item: CatalogueItem) => void; onClose: () => void }) {
  const { t } = useTranslation("items");
  const [note, setNote] = useState("");
  const history = useLoad(() => catalogue.history(item.barcode), [item.barcode]);
  const finding = useSubmit();
  const id = `item-found-${item.barcode}`;
  return (
    <ActionForm title={t("found.title", { title: item.title })} submission={finding} shownFields={["note"]} submitLabel={t("found.submit")}
      action={async () => onFound(await catalogue.found(item.barcode, note))} onClose={onClose}>
      <p>{t("found.explanation")}</p>
      <ul aria-label={t("history.label")}>
        {(history.data ?? []).map((h) => (
          <li key={`${h.at}-${h.event}`}>
            {t(`history.${h.event}`, { at: dateTime(h.at), actor: h.actor })}
            {h.note && ` — ${h.note}`}
            {h.requestId && <> (<Link href={`/requests/${h.requestId}`}>{t("history.request")}</Link>)</>}
          </li>
        ))}
      </ul>
      <FormField id={`${id}-note`} label={t("found.note")} errors={finding.fieldErrors("note")}>
        {(control) => <input {...control} value={note} autoFocus onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
