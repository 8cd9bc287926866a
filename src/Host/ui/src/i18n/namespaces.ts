// The shape of every namespace, for type-checked t() keys. `common` is declared here; each page folder declares its
// own in its locales/namespace.ts by augmenting `Namespaces` (interfaces merge), so no shared file lists them all.
import type common from "./locales/en.json";

export interface Namespaces {
  common: typeof common;
}

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    fallbackNS: "common";
    resources: Namespaces;
  }
}
