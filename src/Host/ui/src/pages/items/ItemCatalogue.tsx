import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { catalogue } from "../../api/library";
import type { CatalogueItem } from "../../api/types";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { FormField } from "../../components/FormField";
import { Pager } from "../../components/Pager";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { ImportItemsForm } from "./ImportItemsForm";
import { ItemForm } from "./ItemForm";

const pageSize = 25;

/**
 * The item catalogue lending requests locate items in: any staff searches it; administrators add, change and import
 * items.
 */
export function ItemCatalogue() {
  const administers = can.administer(useAccount());
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState({ q: "", page: 1 });
  const results = useLoad(() => catalogue.search(search.q, search.page, pageSize), [search]);
  const [editing, setEditing] = useState<CatalogueItem | "new" | null>(null);
  const [saved, setSaved] = useState("");
  const { t } = useTranslation("items");

  const find = (e: FormEvent) => {
    e.preventDefault();
    setSearch({ q: typed.trim(), page: 1 });
  };

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <form onSubmit={find} role="search" className="toolbar">
        <FormField id="items-q" label={t("query")} className="grow">
          {(control) => <input {...control} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />}
        </FormField>
        <button type="submit">{t("search")}</button>
      </form>
      <StatusMessage message={saved} />
      <ProblemAlert error={results.error} />
      {results.loading && !results.data ? <p>{t("loading")}</p> : results.data && (
        <>
          <p>{t("count", { count: results.data.total })}{search.q ? t("matching", { q: search.q }) : ""}</p>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t("caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field.barcode")}</th>
                  <th scope="col">{t("field.title")}</th>
                  <th scope="col">{t("field.author")}</th>
                  <th scope="col">{t("column.isbnIssn")}</th>
                  <th scope="col">{t("column.place")}</th>
                  <th scope="col">{t("field.materialType")}</th>
                  {administers && <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>}
                </tr>
              </thead>
              <tbody>
                {results.data.items.map((i) => (
                  <tr key={i.barcode}>
                    <td>{i.barcode}</td>
                    <td>{i.title}</td>
                    <td>{i.author ?? ""}</td>
                    <td>{[i.isbn, i.issn].filter(Boolean).join(" / ")}</td>
                    <td>{i.library} / {i.location}</td>
                    <td>{i.materialType ?? ""}</td>
                    {administers && (
                      <td className="row-actions">
                        <button type="button" aria-label={t("editOf", { barcode: i.barcode })} onClick={() => { setSaved(""); setEditing(i); }}>{t("edit")}</button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager paged={results.data} label={t("pages")} onPage={(page) => setSearch({ ...search, page })} />
        </>
      )}
      {administers && (
        <>
          {editing === null
            ? <p><button type="button" onClick={() => { setSaved(""); setEditing("new"); }}>{t("add")}</button></p>
            : (
              <ItemForm key={editing === "new" ? "new" : editing.barcode} item={editing === "new" ? null : editing}
                onCancel={() => setEditing(null)}
                onSaved={(item) => { setEditing(null); setSaved(t("saved", { barcode: item.barcode })); void results.reload(); }} />
            )}
          <ImportItemsForm onImported={(message) => { setSaved(message); void results.reload(); }} />
        </>
      )}
    </>
  );
}
