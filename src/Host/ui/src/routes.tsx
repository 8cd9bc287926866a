// The pages of the signed-in app.
import type { ReactNode } from "react";
import { Link, match } from "./router";
import { ProfileRulesList } from "./pages/rules/ProfileRulesList";
import { ProfileRuleEditor } from "./pages/rules/ProfileRuleEditor";
import { DefinitionsList } from "./pages/definitions/DefinitionsList";
import { DefinitionEditor } from "./pages/definitions/DefinitionEditor";
import { ApprovalsList } from "./pages/approvals/ApprovalsList";
import { ApprovalWorkOn } from "./pages/approvals/ApprovalWorkOn";
import { InProcessItems } from "./pages/digitization-requests/InProcessItems";
import { ScanIn } from "./pages/scan-in/ScanIn";
import { DigitizationRequestPage } from "./pages/digitization-request/DigitizationRequestPage";

interface Route {
  pattern: string;
  /** Renders the page; `key` makes a new page instance per id so no state leaks between two records. */
  render: (params: Record<string, string>) => ReactNode;
}

const routes: Route[] = [
  { pattern: "/requests", render: () => <InProcessItems /> },
  { pattern: "/requests/:id", render: (p) => <DigitizationRequestPage key={p.id} requestId={p.id!} /> },
  { pattern: "/scan-in", render: () => <ScanIn /> },
  { pattern: "/approvals", render: () => <ApprovalsList /> },
  { pattern: "/approvals/:id", render: (p) => <ApprovalWorkOn key={p.id} approvalId={p.id!} /> },
  { pattern: "/rules", render: () => <ProfileRulesList /> },
  { pattern: "/rules/new", render: () => <ProfileRuleEditor key="new" ruleId={null} /> },
  { pattern: "/rules/:id", render: (p) => <ProfileRuleEditor key={p.id} ruleId={Number(p.id)} /> },
  { pattern: "/definitions", render: () => <DefinitionsList /> },
  {
    pattern: "/definitions/:id/:version",
    render: (p) => <DefinitionEditor key={`${p.id}/${p.version}`} definitionId={p.id!} version={Number(p.version)} />,
  },
];

/** The main navigation's entries. */
export const sections: { href: string; label: string }[] = [
  { href: "/requests", label: "In-process items" },
  { href: "/scan-in", label: "Scan in items" },
  { href: "/approvals", label: "Approval requests" },
  { href: "/rules", label: "Profile rules" },
  { href: "/definitions", label: "Workflow definitions" },
];

/** The page at `path`, or not found. */
export function pageAt(path: string): ReactNode {
  for (const route of routes) {
    const params = match(route.pattern, path);
    if (params) return route.render(params);
  }
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
