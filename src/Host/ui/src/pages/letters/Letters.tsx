import { useTranslation } from "react-i18next";
import { letters } from "../../api/library";
import type { LetterSummary } from "../../api/types";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { Link } from "../../router";

/**
 * The letter list (Alma: Configuring Digitization, "Letters"): every letter with whom it goes to, its languages (edited
 * or as shipped) and its Enable toggle; a language opens the letter's editor.
 */
export function Letters() {
  const list = useLoad(letters.list, []);
  const switching = useSubmit();
  const { t } = useTranslation("letters");

  const toggle = (letter: LetterSummary, enabled: boolean) =>
    switching.run(async () => {
      await letters.save(letter.code, "en", { enabled });
      await list.reload();
      return t(enabled ? "list.enabledNow" : "list.disabledNow", { name: letter.name });
    });

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <StatusMessage message={switching.success} />
      <ProblemAlert error={switching.problem ?? list.error} />
      {list.loading && !list.data ? <p>{t("loading")}</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.name")}</th>
                <th scope="col">{t("list.recipient")}</th>
                <th scope="col">{t("list.languages")}</th>
                <th scope="col">{t("list.enabled")}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.map((letter) => (
                <tr key={letter.code}>
                  <th scope="row">
                    {letter.name}
                    <br /><code>{letter.code}</code>
                  </th>
                  <td>{t(`recipient.${letter.recipient}`)}</td>
                  <td>
                    {letter.languages.map((l) => (
                      <span key={l.language} className="letter-language">
                        <Link href={`/letters/${encodeURIComponent(letter.code)}/${l.language}`}
                          aria-label={t("list.edit", { name: letter.name, language: t(`language.${l.language}`) })}>
                          {t(`language.${l.language}`)}
                        </Link>
                        {l.customized && <> ({t("list.customized")})</>}{" "}
                      </span>
                    ))}
                  </td>
                  <td>
                    <input type="checkbox" checked={letter.enabled} disabled={switching.busy}
                      aria-label={t("list.enable", { name: letter.name })}
                      onChange={(e) => void toggle(letter, e.target.checked)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
