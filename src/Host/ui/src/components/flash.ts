// A message that survives one navigation: "Saved" after a new rule gets its own page, "Deleted" back on the list.
let pending = "";

export function setFlash(message: string): void {
  pending = message;
}

export function takeFlash(): string {
  const message = pending;
  pending = "";
  return message;
}
