import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormField } from "../../components/FormField";

/**
 * The Find box of the request lists: a request's id, barcode, title, or its requester's name or id, case and accents
 * aside (the API folds both sides). The list follows on Find, not on every key.
 */
export function RequestSearchBox({ id, value, onSearch }: { id: string; value: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation("request-tools");
  const [text, setText] = useState(value);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form className="facets" role="search" aria-label={t("search.form")} onSubmit={submit}>
      <FormField id={id} label={t("search.label")} hint={t("search.hint")} className="grow">
        {(control) => <input {...control} type="search" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit">{t("search.find")}</button>
        {value && (
          <button type="button" className="secondary" onClick={() => { setText(""); onSearch(""); }}>{t("search.clear")}</button>
        )}
      </div>
    </form>
  );
}
