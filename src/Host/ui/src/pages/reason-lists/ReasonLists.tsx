import { useState } from "react";
import { useTranslation } from "react-i18next";
import { digitizationRequests } from "../../api/library";
import { ProblemAlert } from "../../components/ProblemAlert";
import { ReasonListForm } from "../../components/ReasonListForm";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { Link } from "../../router";

/**
 * The reason lists staff choose from: the digitization cancellation reasons here; the lending rejection reasons stay
 * on the Lending reasons page beside the other lending lists, linked rather than edited twice.
 */
export function ReasonLists() {
  const { t } = useTranslation("reason-lists");
  const cancel = useLoad(digitizationRequests.cancelReasons, []);
  const [saved, setSaved] = useState("");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <StatusMessage message={saved} />
      <ProblemAlert error={cancel.error} />
      {cancel.loading && !cancel.data ? <p>{t("loading")}</p> : cancel.data && (
        <ReasonListForm id="reasons-cancel" reasons={cancel.data} save={digitizationRequests.replaceCancelReasons} onSaved={setSaved}
          labels={{ title: t("cancel.title"), label: t("cancel.label"), hint: t("cancel.hint"), save: t("cancel.save"), saved: (count) => t("cancel.saved", { count }) }} />
      )}
      <section aria-labelledby="lending-rejection">
        <h2 id="lending-rejection">{t("rejection.title")}</h2>
        <p>
          {t("rejection.text")} <Link href="/lending-reasons">{t("rejection.link")}</Link>
        </p>
      </section>
    </>
  );
}
