import { useEffect, type ReactNode } from "react";
import { Link, match, navigate, usePath } from "./router";
import { SignedInAs } from "./components/SignedInAs";
import { ProfileRulesList } from "./pages/rules/ProfileRulesList";
import { ProfileRuleEditor } from "./pages/rules/ProfileRuleEditor";
import { DefinitionsList } from "./pages/definitions/DefinitionsList";
import { DefinitionEditor } from "./pages/definitions/DefinitionEditor";
import { ApprovalsList } from "./pages/approvals/ApprovalsList";
import { ApprovalWorkOn } from "./pages/approvals/ApprovalWorkOn";
import { InProcessItems } from "./pages/digitization-requests/InProcessItems";
import { ScanIn } from "./pages/scan-in/ScanIn";
import { DigitizationRequestPage } from "./pages/digitization-request/DigitizationRequestPage";

const sections = [
  { href: "/requests", label: "In-process items" },
  { href: "/scan-in", label: "Scan in items" },
  { href: "/approvals", label: "Approval requests" },
  { href: "/rules", label: "Profile rules" },
  { href: "/definitions", label: "Workflow definitions" },
];

/** The page for a path; `key` makes a new page instance per id so no state leaks between two records. */
function page(path: string): ReactNode {
  let p: Record<string, string> | null;
  if (match("/rules", path)) return <ProfileRulesList />;
  if (match("/rules/new", path)) return <ProfileRuleEditor key="new" ruleId={null} />;
  if ((p = match("/rules/:id", path))) return <ProfileRuleEditor key={p.id} ruleId={Number(p.id)} />;
  if (match("/definitions", path)) return <DefinitionsList />;
  if ((p = match("/definitions/:id/:version", path)))
    return <DefinitionEditor key={`${p.id}/${p.version}`} definitionId={p.id!} version={Number(p.version)} />;
  if (match("/approvals", path)) return <ApprovalsList />;
  if ((p = match("/approvals/:id", path))) return <ApprovalWorkOn key={p.id} approvalId={p.id!} />;
  if (match("/requests", path)) return <InProcessItems />;
  if ((p = match("/requests/:id", path))) return <DigitizationRequestPage key={p.id} requestId={p.id!} />;
  if (match("/scan-in", path)) return <ScanIn />;
  return <NotFound />;
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page here. <Link href="/requests">Go to the in-process items</Link>.
      </p>
    </>
  );
}

export function App() {
  const path = usePath();
  useEffect(() => {
    if (path === "/") navigate("/requests", { replace: true });
  }, [path]);
  // A new page starts at the top, like a full page load would.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="top-bar">
        <span className="brand">Library requests</span>
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
        <SignedInAs />
      </header>
      <main id="main" tabIndex={-1}>
        {path === "/" ? null : page(path)}
      </main>
    </>
  );
}
