import type { Account } from "../api/types";
import { Link } from "../router";
import { sections } from "../routes";

/** The sections the account's roles allow, the current one marked. */
export function MainNavigation({ account, path }: { account: Account; path: string }) {
  return (
    <nav aria-label="Main">
      <ul>
        {sections.filter((s) => s.allowed(account)).map((s) => (
          <li key={s.href}>
            <Link href={s.href} aria-current={path === s.href || path.startsWith(`${s.href}/`) ? "page" : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
