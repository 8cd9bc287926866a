import { useTranslation } from "react-i18next";
import { chooseLanguage } from "../auth/session";
import { isLanguage, languages } from "../i18n/languages";
import { ProblemAlert } from "./ProblemAlert";
import { useSubmit } from "./useSubmit";

/** The header's choice of language, each named in itself; saved with the signed-in account, else in this browser. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const choosing = useSubmit();
  return (
    <div className="language-switcher">
      <label htmlFor="language" className="visually-hidden">{t("language.label")}</label>
      <select id="language" value={i18n.resolvedLanguage} disabled={choosing.busy}
        onChange={(e) => {
          const language = e.target.value;
          if (isLanguage(language)) void choosing.run(() => chooseLanguage(language));
        }}>
        {languages.map((l) => <option key={l} value={l} lang={l}>{t(`language.${l}`)}</option>)}
      </select>
      <ProblemAlert error={choosing.problem} />
    </div>
  );
}
