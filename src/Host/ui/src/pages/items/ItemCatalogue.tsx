import { useState, type FormEvent } from "react";
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

  const find = (e: FormEvent) => {
    e.preventDefault();
    setSearch({ q: typed.trim(), page: 1 });
  };

  return (
    <>
      <h1>Item catalogue</h1>
      <p className="lead">The items lending requests are located in, by barcode.</p>
      <form onSubmit={find} role="search" className="toolbar">
        <FormField id="items-q" label="Title, author, ISBN, ISSN or barcode" className="grow">
          {(control) => <input {...control} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />}
        </FormField>
        <button type="submit">Search</button>
      </form>
      <StatusMessage message={saved} />
      <ProblemAlert error={results.error} />
      {results.loading && !results.data ? <p>Loading…</p> : results.data && (
        <>
          <p>{results.data.total === 1 ? "1 item" : `${results.data.total} items`}{search.q ? ` matching “${search.q}”` : ""}</p>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Items by barcode</caption>
              <thead>
                <tr>
                  <th scope="col">Barcode</th>
                  <th scope="col">Title</th>
                  <th scope="col">Author</th>
                  <th scope="col">ISBN / ISSN</th>
                  <th scope="col">Library / location</th>
                  <th scope="col">Material type</th>
                  {administers && <th scope="col"><span className="visually-hidden">Actions</span></th>}
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
                        <button type="button" aria-label={`Edit ${i.barcode}`} onClick={() => { setSaved(""); setEditing(i); }}>Edit</button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager paged={results.data} label="Pages of items" onPage={(page) => setSearch({ ...search, page })} />
        </>
      )}
      {administers && (
        <>
          {editing === null
            ? <p><button type="button" onClick={() => { setSaved(""); setEditing("new"); }}>Add an item</button></p>
            : (
              <ItemForm key={editing === "new" ? "new" : editing.barcode} item={editing === "new" ? null : editing}
                onCancel={() => setEditing(null)}
                onSaved={(item) => { setEditing(null); setSaved(`Saved item ${item.barcode}`); void results.reload(); }} />
            )}
          <ImportItemsForm onImported={(message) => { setSaved(message); void results.reload(); }} />
        </>
      )}
    </>
  );
}
