// A list of codes or names typed in one field, separated by commas, as the configuration forms take them.

/** The entries of the text, trimmed, blanks left out. */
export const parseCommaList = (text: string): string[] => text.split(",").map((v) => v.trim()).filter((v) => v !== "");

export const commaList = (values: readonly string[]): string => values.join(", ");
