import { useState, type FormEvent } from "react";
import { lendingReasons } from "../../api/library";
import type { LendingReasonList, LendingReasonLists } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";

const lists: { list: LendingReasonList; key: keyof LendingReasonLists; title: string; hint: string }[] = [
  { list: "rejection", key: "rejection", title: "Rejection reasons", hint: "Rejecting a lending request needs one of these; the partner is told it. The list cannot be empty." },
  { list: "internal-rejection", key: "internalRejection", title: "Internal rejection reasons", hint: "Optional beside the rejection reason; only the lender sees it." },
  { list: "cancellation", key: "cancellation", title: "Cancellation reasons", hint: "Optional when accepting a partner's cancel request." },
];

/** One list, edited as text, one reason a line, and saved whole. */
function ReasonListForm({ list, title, hint, reasons, onSaved }: {
  list: LendingReasonList; title: string; hint: string; reasons: string[]; onSaved: (message: string) => void;
}) {
  const [text, setText] = useState(reasons.join("\n"));
  const saving = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSaved("");
    void saving.run(async () => {
      const saved = await lendingReasons.replace(list, text.split("\n").map((r) => r.trim()).filter(Boolean));
      setText(saved.reasons.join("\n"));
      onSaved(`Saved ${saved.reasons.length} ${title.toLowerCase()}`);
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="account-form">
      <h2>{title}</h2>
      <FormField id={`reasons-${list}`} label={`${title}, one a line`} hint={hint} errors={saving.fieldErrors("reasons")}>
        {(control) => <textarea {...control} rows={Math.max(4, reasons.length + 1)} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <ProblemAlert error={saving.problem} shownFields={["reasons"]} />
      <button type="submit" disabled={saving.busy}>Save {title.toLowerCase()}</button>
    </form>
  );
}

/** The lending reason lists (General System Administrator), which the reject and cancel-reply forms offer. */
export function LendingReasons() {
  const all = useLoad(lendingReasons.all, []);
  const [saved, setSaved] = useState("");
  return (
    <>
      <h1>Lending reasons</h1>
      <p className="lead">The reasons staff choose from when they reject a lending request or accept a partner's cancellation.</p>
      <StatusMessage message={saved} />
      <ProblemAlert error={all.error} />
      {all.loading && !all.data ? <p>Loading…</p> : all.data && lists.map((l) => (
        <ReasonListForm key={l.list} list={l.list} title={l.title} hint={l.hint} reasons={all.data![l.key]} onSaved={setSaved} />
      ))}
    </>
  );
}
