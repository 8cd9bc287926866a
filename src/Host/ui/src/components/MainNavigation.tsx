import { useTranslation } from "react-i18next";
import type { Account } from "../api/types";
import { Link } from "../router";
import { sections } from "../routes";

type Section = (typeof sections)[number];

/** The sections the account's roles allow, the current one marked; the configuration pages under the group's name. */
export function MainNavigation({ account, path }: { account: Account; path: string }) {
  const { t } = useTranslation();
  const allowed = sections.filter((s) => s.allowed(account));
  const configuration = allowed.filter((s) => s.configuration);
  const entry = (s: Section) => (
    <li key={s.href}>
      <Link href={s.href} aria-current={path === s.href || path.startsWith(`${s.href}/`) ? "page" : undefined}>
        {t("navigation", { ns: s.ns })}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("navigation.main", { ns: "components" })}>
      <ul>
        {allowed.filter((s) => !s.configuration).map(entry)}
        {configuration.length > 0 && (
          <li className="nav-group">
            <span id="nav-configuration" className="nav-group-name">{t("navigationGroup", { ns: "configuration" })}</span>
            <ul aria-labelledby="nav-configuration">{configuration.map(entry)}</ul>
          </li>
        )}
      </ul>
    </nav>
  );
}
