import { useTranslation } from "react-i18next";
import type { Account } from "../api/types";
import { Link } from "../router";
import { sections } from "../routes";

/** The sections the account's roles allow, the current one marked. */
export function MainNavigation({ account, path }: { account: Account; path: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("navigation.main", { ns: "components" })}>
      <ul>
        {sections.filter((s) => s.allowed(account)).map((s) => (
          <li key={s.href}>
            <Link href={s.href} aria-current={path === s.href || path.startsWith(`${s.href}/`) ? "page" : undefined}>
              {t("navigation", { ns: s.ns })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
