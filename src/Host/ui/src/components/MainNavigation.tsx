import { Link } from "../router";
import { sections } from "../routes";

/** The sections, the current one marked. */
export function MainNavigation({ path }: { path: string }) {
  return (
    <nav aria-label="Main">
      <ul>
        {sections.map((s) => (
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
