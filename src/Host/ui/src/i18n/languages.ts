// The languages the staff UI is written in. The API's values stay English whatever the language.

export const languages = ["en", "fr", "zh"] as const;

export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** The one of ours closest to a browser language tag ("fr-CA" is French), if any. */
export function languageOf(tag: string | null | undefined): Language | null {
  const base = tag?.toLowerCase().split("-")[0];
  return isLanguage(base) ? base : null;
}
