import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { lendingReasons } from "../../api/library";
import type { LendingReasonList, LendingReasonLists } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";

// Each list's title and hint are list.<key>.title and .hint in the namespace.
const lists: { list: LendingReasonList; key: keyof LendingReasonLists }[] = [
  { list: "rejection", key: "rejection" },
  { list: "internal-rejection", key: "internalRejection" },
  { list: "cancellation", key: "cancellation" },
];

/** One list, edited as text, one reason a line, and saved whole. */
function ReasonListForm({ list, title, hint, reasons, onSaved }: {
  list: LendingReasonList; title: string; hint: string; reasons: string[]; onSaved: (message: string) => void;
}) {
  const [text, setText] = useState(reasons.join("\n"));
  const saving = useSubmit();
  const { t, i18n } = useTranslation("lending-reasons");
  // English writes the list's name in lower case inside a sentence; the other languages keep it as written.
  const inSentence = i18n.resolvedLanguage === "en" ? title.toLowerCase() : title;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSaved("");
    void saving.run(async () => {
      const saved = await lendingReasons.replace(list, text.split("\n").map((r) => r.trim()).filter(Boolean));
      setText(saved.reasons.join("\n"));
      onSaved(t("saved", { count: saved.reasons.length, list: inSentence }));
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="account-form">
      <h2>{title}</h2>
      <FormField id={`reasons-${list}`} label={t("oneALine", { list: title })} hint={hint} errors={saving.fieldErrors("reasons")}>
        {(control) => <textarea {...control} rows={Math.max(4, reasons.length + 1)} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <ProblemAlert error={saving.problem} shownFields={["reasons"]} />
      <button type="submit" disabled={saving.busy}>{t("save", { list: inSentence })}</button>
    </form>
  );
}

/** The lending reason lists (General System Administrator), which the reject and cancel-reply forms offer. */
export function LendingReasons() {
  const all = useLoad(lendingReasons.all, []);
  const [saved, setSaved] = useState("");
  const { t } = useTranslation("lending-reasons");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <StatusMessage message={saved} />
      <ProblemAlert error={all.error} />
      {all.loading && !all.data ? <p>{t("loading")}</p> : all.data && lists.map((l) => (
        <ReasonListForm key={l.list} list={l.list} title={t(`list.${l.key}.title`)} hint={t(`list.${l.key}.hint`)} reasons={all.data![l.key]} onSaved={setSaved} />
      ))}
    </>
  );
}
