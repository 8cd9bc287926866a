import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { lendingRequests } from "../../api/library";
import type { LendingRequestView } from "../../api/types";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { dateTime } from "../../components/format";
import { useSubmit } from "../../components/useSubmit";
import { NotesFields, noNotes, notesBody } from "../lending-requests/NotesFields";

/** The notes staff left, with an action or on their own, and a form to add one: for staff, for the partner, or both. */
export function LendingNotes({ request, onAdded }: { request: LendingRequestView; onAdded: (view: LendingRequestView) => void }) {
  const mayAdd = can.workOnLendingAt(useAccount(), request.item.library);
  const [notes, setNotes] = useState(noNotes);
  const adding = useSubmit();
  const { t } = useTranslation("lending-request");
  const add = (e: FormEvent) => {
    e.preventDefault();
    void adding.run(async () => {
      onAdded(await lendingRequests.act(request.id, "notes", notesBody(notes)));
      setNotes(noNotes);
      return t("notes.added");
    });
  };
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t("notes.title")}</h2>
      {request.notes.length === 0 ? <p>{t("notes.none")}</p> : (
        <ul className="plain-list notes">
          {request.notes.map((n) => (
            <li key={`${n.at}-${n.kind}-${n.text}`}>
              <span className="tag">{n.kind === "toPartner" ? t("notes.toPartner") : t("notes.internal")}</span> {n.text}{" "}
              <span className="subtle">— {n.author}, {dateTime(n.at)}</span>
            </li>
          ))}
        </ul>
      )}
      {mayAdd && (
        <form onSubmit={add} noValidate aria-label={t("notes.addForm")} className="action-panel">
          <NotesFields idPrefix="add-note" notes={notes} onChange={setNotes} submission={adding} />
          <ProblemAlert error={adding.problem} shownFields={["internalNote", "partnerNote"]} />
          <button type="submit" disabled={adding.busy}>{t("notes.add")}</button>
        </form>
      )}
      <StatusMessage message={adding.success} />
    </section>
  );
}
