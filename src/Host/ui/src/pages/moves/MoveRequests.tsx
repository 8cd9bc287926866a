import { useState } from "react";
import { moveRequests } from "../../api/library";
import type { MoveRequestFilter, MoveStatus } from "../../api/types";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { Link } from "../../router";
import { FormField } from "../../components/FormField";
import { PageCount, Pager } from "../../components/Pager";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { dateTime } from "../../components/format";
import { useLoad } from "../../components/useLoad";
import { CreateMoveForm } from "./CreateMoveForm";
import { destinationOf } from "./moveFormat";

const statuses: MoveStatus[] = ["Not Started", "In Transit", "Completed", "Cancelled"];

/**
 * The move requests: items on their way from the shelf to another location or desk (for a lending request, to the
 * resource-sharing desk), by status, barcode or destination library, oldest first, a page at a time; fulfilment staff
 * create one here.
 */
export function MoveRequests() {
  const mayCreate = can.workOnLending(useAccount());
  const [filter, setFilter] = useState<MoveRequestFilter>({});
  const list = useLoad(() => moveRequests.list(filter), [filter]);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState("");
  // A changed facet starts again at the first page.
  const set = (key: keyof MoveRequestFilter, value: string) => setFilter({ ...filter, page: undefined, [key]: value.trim() || undefined });

  const page = list.data;
  return (
    <>
      <h1>Move requests</h1>
      <form className="facets" role="search" aria-label="Filter move requests" onSubmit={(e) => e.preventDefault()}>
        <FormField id="move-facet-status" label="Status">
          {(control) => (
            <select {...control} value={filter.status ?? ""} onChange={(e) => set("status", e.target.value)}>
              <option value="">All</option>
              {statuses.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="move-facet-barcode" label="Barcode">
          {(control) => <input {...control} value={filter.barcode ?? ""} onChange={(e) => set("barcode", e.target.value)} />}
        </FormField>
        <FormField id="move-facet-to-library" label="Destination library">
          {(control) => <input {...control} value={filter.toLibrary ?? ""} onChange={(e) => set("toLibrary", e.target.value)} />}
        </FormField>
      </form>
      {mayCreate && !creating && (
        <p><button type="button" onClick={() => { setStatus(""); setCreating(true); }}>Create move request</button></p>
      )}
      {creating && (
        <CreateMoveForm onClose={() => setCreating(false)} onCreated={(move) => {
          setCreating(false);
          setStatus(`Created a move request for ${move.barcode}; status ${move.status}`);
          void list.reload();
        }} />
      )}
      <StatusMessage message={status} />
      <ProblemAlert error={list.error} />
      {list.loading && !page ? <p>Loading…</p> : !page || page.items.length === 0 ? <p>No move request matches.</p> : (
        <>
          <PageCount paged={page} one="move request" many="move requests" />
          <div className="table-scroll">
            <table className="requests">
              <thead>
                <tr>
                  <th scope="col">Barcode</th>
                  <th scope="col">Status</th>
                  <th scope="col">Type</th>
                  <th scope="col">From</th>
                  <th scope="col">Destination</th>
                  <th scope="col">For</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((m) => (
                  <tr key={m.id}>
                    <td><Link href={`/moves/${m.id}`}>{m.barcode}</Link></td>
                    <td>{m.status}</td>
                    <td>{m.type}</td>
                    <td>{m.from.desk ?? `${m.from.library} / ${m.from.location}`}</td>
                    <td>{destinationOf(m.to)}</td>
                    <td>{m.lendingRequestId ? <Link href={`/lending/${m.lendingRequestId}`}>Lending request</Link> : ""}</td>
                    <td>{dateTime(m.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager paged={page} label="Pages" onPage={(number) => setFilter({ ...filter, page: number === 1 ? undefined : number })} />
        </>
      )}
    </>
  );
}
