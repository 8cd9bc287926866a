import type strings from "./en.json";

declare module "../../../i18n/namespaces" {
  interface Namespaces {
    "digitization-request": typeof strings;
  }
}
