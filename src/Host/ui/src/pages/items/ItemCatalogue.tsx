import { Fragment, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { catalogue } from "../../api/library";
import type { CatalogueItem } from "../../api/types";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { FormField } from "../../components/FormField";
import { date } from "../../components/format";
import { Pager } from "../../components/Pager";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { ImportItemsForm } from "./ImportItemsForm";
import { ItemForm } from "./ItemForm";
import { ItemFoundPanel } from "./ItemFoundPanel";

const pageSize = 25;

/**
 * The item catalogue lending requests locate items in: any staff searches it, and lists the items flagged missing;
 * circulation desk and fulfillment staff of an item's library mark a missing item found; administrators add, change and
 * import items.
 */
export function ItemCatalogue() {
  const account = useAccount();
  const administers = can.administer(account);
  const [typed, setTyped] = useState("");
  const [missingOnly, setMissingOnly] = useState(false);
  const [search, setSearch] = useState({ q: "", missingOnly: false, page: 1 });
  const results = useLoad(() => catalogue.search(search.q, search.page, pageSize, search.missingOnly), [search]);
  const [finding, setFinding] = useState<string | null>(null);
  const [editing, setEditing] = useState<CatalogueItem | "new" | null>(null);
  const [saved, setSaved] = useState("");
  const { t } = useTranslation("items");

  const find = (e: FormEvent) => {
    e.preventDefault();
    setSearch({ q: typed.trim(), missingOnly, page: 1 });
  };

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <form onSubmit={find} role="search" className="toolbar">
        <FormField id="items-q" label={t("query")} className="grow">
          {(control) => <input {...control} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />}
        </FormField>
        <FormField id="items-missing" label={t("missingOnly")} checkbox>
          {(control) => <input {...control} type="checkbox" checked={missingOnly} onChange={(e) => setMissingOnly(e.target.checked)} />}
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
                  <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {results.data.items.map((i) => (
                  <Fragment key={i.barcode}>
                    <tr>
                      <td>{i.barcode}</td>
                      <td>
                        {i.title}
                        {i.missingSince && <div className="subtle">{t("missingSince", { date: date(i.missingSince) })}</div>}
                      </td>
                      <td>{i.author ?? ""}</td>
                      <td>{[i.isbn, i.issn].filter(Boolean).join(" / ")}</td>
                      <td>{i.library} / {i.location}</td>
                      <td>{i.materialType ?? ""}</td>
                      <td className="row-actions">
                        {i.missingSince && can.findItemAt(account, i.library) && (
                          <button type="button" aria-label={t("found.buttonOf", { barcode: i.barcode })} aria-expanded={finding === i.barcode}
                            onClick={() => { setSaved(""); setFinding(i.barcode); }}>{t("found.button")}</button>
                        )}
                        {administers && (
                          <button type="button" aria-label={t("editOf", { barcode: i.barcode })} onClick={() => { setSaved(""); setEditing(i); }}>{t("edit")}</button>
                        )}
                      </td>
                    </tr>
                    {finding === i.barcode && (
                      <tr className="panel-row">
                        <td colSpan={7}>
                          <ItemFoundPanel item={i} onClose={() => setFinding(null)}
                            onFound={(found) => { setFinding(null); setSaved(t("found.done", { barcode: found.barcode, title: found.title })); void results.reload(); }} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
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
