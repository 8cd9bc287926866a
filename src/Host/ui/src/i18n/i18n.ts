// i18next for the staff UI: every locales/<language>.json under src is loaded at build time, its namespace named by
// the folder that holds it (src/i18n/locales is `common`). See README.md for adding strings.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { languageOf, languages, type Language } from "./languages";

const files = import.meta.glob<Record<string, unknown>>(
  ["./locales/*.json", "../components/locales/*.json", "../pages/*/locales/*.json"],
  { eager: true, import: "default" },
);

function resources() {
  const all: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, strings] of Object.entries(files)) {
    const parts = path.split("/");
    const language = parts.at(-1)!.replace(/\.json$/, "");
    const folder = parts.at(-3)!;
    (all[language] ??= {})[folder === "." ? "common" : folder] = strings;
  }
  return all;
}

const storageKey = "language";

/** The language chosen in this browser before signing in, else the browser's own when we have it. */
function initialLanguage(): Language {
  return languageOf(localStorage.getItem(storageKey)) ?? languageOf(navigator.language) ?? "en";
}

void i18n.use(initReactI18next).init({
  resources: resources(),
  lng: initialLanguage(),
  supportedLngs: languages,
  fallbackLng: "en",
  defaultNS: "common",
  // A page's t() finds the shared strings (Loading…, statuses) without naming the namespace.
  fallbackNS: "common",
  ns: ["common"],
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
  // A key no language has is a bug: said on the console, where the browser tests look.
  saveMissing: true,
  missingKeyHandler: (lngs, ns, key) => console.error(`Missing text ${ns}:${key} (${lngs.join(", ")})`),
});

i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

/** Shows the UI in `language`, remembered in this browser for the next sign-in page. */
export async function showLanguage(language: Language): Promise<void> {
  localStorage.setItem(storageKey, language);
  await i18n.changeLanguage(language);
}

export { i18n };
