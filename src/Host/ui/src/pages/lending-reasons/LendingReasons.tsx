import { useState } from "react";
import { useTranslation } from "react-i18next";
import { lendingReasons } from "../../api/library";
import type { LendingReasonList, LendingReasonLists } from "../../api/types";
import { ProblemAlert } from "../../components/ProblemAlert";
import { ReasonListForm } from "../../components/ReasonListForm";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";

// Each list's title and hint are list.<key>.title and .hint in the namespace.
const lists: { list: LendingReasonList; key: keyof LendingReasonLists }[] = [
  { list: "rejection", key: "rejection" },
  { list: "internal-rejection", key: "internalRejection" },
  { list: "cancellation", key: "cancellation" },
];

/** The lending reason lists (General System Administrator), which the reject and cancel-reply forms offer. */
export function LendingReasons() {
  const all = useLoad(lendingReasons.all, []);
  const [saved, setSaved] = useState("");
  const { t, i18n } = useTranslation("lending-reasons");
  // English writes the list's name in lower case inside a sentence; the other languages keep it as written.
  const inSentence = (title: string) => i18n.resolvedLanguage === "en" ? title.toLowerCase() : title;
  const form = (l: (typeof lists)[number], reasons: string[]) => {
    const title = t(`list.${l.key}.title`);
    return (
      <ReasonListForm key={l.list} id={`reasons-${l.list}`} reasons={reasons} onSaved={setSaved}
        save={async (changed) => (await lendingReasons.replace(l.list, changed)).reasons}
        labels={{
          title, label: t("oneALine", { list: title }), hint: t(`list.${l.key}.hint`), save: t("save", { list: inSentence(title) }),
          saved: (count) => t("saved", { count, list: inSentence(title) }),
        }} />
    );
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <StatusMessage message={saved} />
      <ProblemAlert error={all.error} />
      {all.loading && !all.data ? <p>{t("loading")}</p> : all.data && lists.map((l) => form(l, all.data![l.key]))}
    </>
  );
}
