import type strings from "./en.json";

declare module "../../../i18n/namespaces" {
  interface Namespaces {
    "workflow-instances": typeof strings;
  }
}
