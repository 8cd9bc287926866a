import { useState } from "react";
import { useTranslation } from "react-i18next";
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
import { useLabels } from "../../i18n/labels";
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
  const { t } = useTranslation("moves");
  const labels = useLabels();
  const [filter, setFilter] = useState<MoveRequestFilter>({});
  const list = useLoad(() => moveRequests.list(filter), [filter]);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState("");
  // A changed facet starts again at the first page.
  const set = (key: keyof MoveRequestFilter, value: string) => setFilter({ ...filter, page: undefined, [key]: value.trim() || undefined });

  const page = list.data;
  return (
    <>
      <h1>{t("title")}</h1>
      <form className="facets" role="search" aria-label={t("filter")} onSubmit={(e) => e.preventDefault()}>
        <FormField id="move-facet-status" label={t("status")}>
          {(control) => (
            <select {...control} value={filter.status ?? ""} onChange={(e) => set("status", e.target.value)}>
              <option value="">{t("all")}</option>
              {statuses.map((s) => <option key={s} value={s}>{labels.moveStatus(s)}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="move-facet-barcode" label={t("barcode")}>
          {(control) => <input {...control} value={filter.barcode ?? ""} onChange={(e) => set("barcode", e.target.value)} />}
        </FormField>
        <FormField id="move-facet-to-library" label={t("destinationLibrary")}>
          {(control) => <input {...control} value={filter.toLibrary ?? ""} onChange={(e) => set("toLibrary", e.target.value)} />}
        </FormField>
      </form>
      {mayCreate && !creating && (
        <p><button type="button" onClick={() => { setStatus(""); setCreating(true); }}>{t("create")}</button></p>
      )}
      {creating && (
        <CreateMoveForm onClose={() => setCreating(false)} onCreated={(move) => {
          setCreating(false);
          setStatus(t("created", { barcode: move.barcode, status: labels.moveStatus(move.status) }));
          void list.reload();
        }} />
      )}
      <StatusMessage message={status} />
      <ProblemAlert error={list.error} />
      {list.loading && !page ? <p>{t("loading")}</p> : !page || page.items.length === 0 ? <p>{t("none")}</p> : (
        <>
          <PageCount paged={page} counted={t("count", { count: page.total })} />
          <div className="table-scroll">
            <table className="requests">
              <thead>
                <tr>
                  <th scope="col">{t("barcode")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("column.type")}</th>
                  <th scope="col">{t("column.from")}</th>
                  <th scope="col">{t("column.destination")}</th>
                  <th scope="col">{t("column.for")}</th>
                  <th scope="col">{t("column.created")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((m) => (
                  <tr key={m.id}>
                    <td><Link href={`/moves/${m.id}`}>{m.barcode}</Link></td>
                    <td>{labels.moveStatus(m.status)}</td>
                    <td>{t(`type.${m.type}`)}</td>
                    <td>{m.from.desk ?? `${m.from.library} / ${m.from.location}`}</td>
                    <td>{destinationOf(m.to)}</td>
                    <td>{m.lendingRequestId ? <Link href={`/lending/${m.lendingRequestId}`}>{t("lendingRequest")}</Link> : ""}</td>
                    <td>{dateTime(m.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager paged={page} label={t("pages")} onPage={(number) => setFilter({ ...filter, page: number === 1 ? undefined : number })} />
        </>
      )}
    </>
  );
}
