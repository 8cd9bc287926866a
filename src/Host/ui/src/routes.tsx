// The pages, each with the check of permissions.ts that decides whether the signed-in account is offered it.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Account } from "./api/types";
import { can } from "./auth/permissions";
import { Link, match } from "./router";
import type { Namespaces } from "./i18n/namespaces";
import { ProfileRulesList } from "./pages/rules/ProfileRulesList";
import { ProfileRuleEditor } from "./pages/rules/ProfileRuleEditor";
import { DefinitionsList } from "./pages/definitions/DefinitionsList";
import { DefinitionEditor } from "./pages/definitions/DefinitionEditor";
import { DefinitionImport } from "./pages/definitions/DefinitionImport";
import { ElsaImport } from "./pages/definitions/ElsaImport";
import { WorkflowInstances } from "./pages/workflow-instances/WorkflowInstances";
import { WorkflowInstancePage } from "./pages/workflow-instances/WorkflowInstancePage";
import { ApprovalsList } from "./pages/approvals/ApprovalsList";
import { ApprovalWorkOn } from "./pages/approvals/ApprovalWorkOn";
import { InProcessItems } from "./pages/digitization-requests/InProcessItems";
import { ScanIn } from "./pages/scan-in/ScanIn";
import { DigitizationRequestPage } from "./pages/digitization-request/DigitizationRequestPage";
import { NewRequestPage } from "./pages/new-request/NewRequestPage";
import { AccountsList } from "./pages/accounts/AccountsList";
import { AccountEditor } from "./pages/accounts/AccountEditor";
import { ScanStations } from "./pages/scan-stations/ScanStations";
import { Outbox } from "./pages/outbox/Outbox";
import { LendingRequests } from "./pages/lending-requests/LendingRequests";
import { LendingRequestPage } from "./pages/lending-request/LendingRequestPage";
import { MoveRequests } from "./pages/moves/MoveRequests";
import { MoveRequestPage } from "./pages/moves/MoveRequestPage";
import { Partners } from "./pages/partners/Partners";
import { WorkflowProfiles } from "./pages/workflow-profiles/WorkflowProfiles";
import { LendingReasons } from "./pages/lending-reasons/LendingReasons";
import { ItemCatalogue } from "./pages/items/ItemCatalogue";
import { Departments } from "./pages/departments/Departments";
import { PatronLimits } from "./pages/patron-limits/PatronLimits";
import { DeliveryRules } from "./pages/delivery-rules/DeliveryRules";
import { ReasonLists } from "./pages/reason-lists/ReasonLists";
import { Letters } from "./pages/letters/Letters";
import { LetterEditor } from "./pages/letters/LetterEditor";

type Allowed = (account: Account) => boolean;

interface Route {
  pattern: string;
  allowed: Allowed;
  /** Renders the page; `key` makes a new page instance per id so no state leaks between two records. */
  render: (params: Record<string, string>) => ReactNode;
}

const routes: Route[] = [
  { pattern: "/requests", allowed: can.readRequests, render: () => <InProcessItems /> },
  { pattern: "/requests/new", allowed: can.createRequests, render: () => <NewRequestPage /> },
  { pattern: "/requests/:id", allowed: can.readRequests, render: (p) => <DigitizationRequestPage key={p.id} requestId={p.id!} /> },
  { pattern: "/scan-in", allowed: can.scanIn, render: () => <ScanIn /> },
  { pattern: "/lending", allowed: can.workOnLending, render: () => <LendingRequests /> },
  { pattern: "/lending/:id", allowed: can.workOnLending, render: (p) => <LendingRequestPage key={p.id} requestId={p.id!} /> },
  { pattern: "/moves", allowed: can.workOnLending, render: () => <MoveRequests /> },
  { pattern: "/moves/:id", allowed: can.workOnLending, render: (p) => <MoveRequestPage key={p.id} moveId={p.id!} /> },
  { pattern: "/approvals", allowed: can.approve, render: () => <ApprovalsList /> },
  { pattern: "/approvals/:id", allowed: can.approve, render: (p) => <ApprovalWorkOn key={p.id} approvalId={p.id!} /> },
  { pattern: "/rules", allowed: can.administer, render: () => <ProfileRulesList /> },
  { pattern: "/rules/new", allowed: can.administer, render: () => <ProfileRuleEditor key="new" ruleId={null} /> },
  { pattern: "/rules/:id", allowed: can.administer, render: (p) => <ProfileRuleEditor key={p.id} ruleId={Number(p.id)} /> },
  { pattern: "/definitions", allowed: can.administer, render: () => <DefinitionsList /> },
  { pattern: "/definitions/import", allowed: can.administer, render: () => <DefinitionImport /> },
  { pattern: "/definitions/import-elsa", allowed: can.administer, render: () => <ElsaImport /> },
  {
    pattern: "/definitions/:id/:version",
    allowed: can.administer,
    render: (p) => <DefinitionEditor key={`${p.id}/${p.version}`} definitionId={p.id!} version={Number(p.version)} />,
  },
  { pattern: "/workflow-instances", allowed: can.administer, render: () => <WorkflowInstances /> },
  { pattern: "/workflow-instances/:id", allowed: can.administer, render: (p) => <WorkflowInstancePage key={p.id} instanceId={p.id!} /> },
  { pattern: "/accounts", allowed: can.administer, render: () => <AccountsList /> },
  { pattern: "/accounts/new", allowed: can.administer, render: () => <AccountEditor key="new" userName={null} /> },
  { pattern: "/accounts/:userName", allowed: can.administer, render: (p) => <AccountEditor key={p.userName} userName={p.userName!} /> },
  { pattern: "/scan-stations", allowed: can.administer, render: () => <ScanStations /> },
  { pattern: "/outbox", allowed: can.administer, render: () => <Outbox /> },
  { pattern: "/partners", allowed: can.readResourceSharing, render: () => <Partners /> },
  { pattern: "/workflow-profiles", allowed: can.administer, render: () => <WorkflowProfiles /> },
  { pattern: "/lending-reasons", allowed: can.administer, render: () => <LendingReasons /> },
  { pattern: "/items", allowed: can.readCatalogue, render: () => <ItemCatalogue /> },
  { pattern: "/departments", allowed: can.administer, render: () => <Departments /> },
  { pattern: "/patron-limits", allowed: can.administer, render: () => <PatronLimits /> },
  { pattern: "/delivery-rules", allowed: can.administer, render: () => <DeliveryRules /> },
  { pattern: "/reason-lists", allowed: can.administer, render: () => <ReasonLists /> },
  { pattern: "/letters", allowed: can.editLetters, render: () => <Letters /> },
  {
    pattern: "/letters/:code/:language",
    allowed: can.editLetters,
    render: (p) => <LetterEditor key={`${p.code}/${p.language}`} code={p.code!} language={p.language!} />,
  },
];

/** A page namespace that names its section in the main navigation (its `navigation` string). */
export type SectionNamespace = {
  [N in keyof Namespaces]: Namespaces[N] extends { navigation: string } ? N : never;
}[keyof Namespaces];

/**
 * The main navigation's entries, each labelled by its page's namespace; those of the configuration group are listed
 * under its name.
 */
export const sections: { href: string; ns: SectionNamespace; allowed: Allowed; configuration?: true }[] = [
  { href: "/requests", ns: "digitization-requests", allowed: can.readRequests },
  { href: "/scan-in", ns: "scan-in", allowed: can.scanIn },
  { href: "/lending", ns: "lending-requests", allowed: can.workOnLending },
  { href: "/moves", ns: "moves", allowed: can.workOnLending },
  { href: "/approvals", ns: "approvals", allowed: can.approve },
  { href: "/rules", ns: "rules", allowed: can.administer, configuration: true },
  { href: "/definitions", ns: "definitions", allowed: can.administer },
  { href: "/workflow-instances", ns: "workflow-instances", allowed: can.administer },
  { href: "/accounts", ns: "accounts", allowed: can.administer },
  { href: "/scan-stations", ns: "scan-stations", allowed: can.administer },
  { href: "/outbox", ns: "outbox", allowed: can.administer },
  { href: "/partners", ns: "partners", allowed: can.readResourceSharing },
  { href: "/workflow-profiles", ns: "workflow-profiles", allowed: can.administer },
  { href: "/lending-reasons", ns: "lending-reasons", allowed: can.administer, configuration: true },
  { href: "/items", ns: "items", allowed: can.readCatalogue },
  { href: "/departments", ns: "departments", allowed: can.administer, configuration: true },
  { href: "/patron-limits", ns: "patron-limits", allowed: can.administer, configuration: true },
  { href: "/delivery-rules", ns: "delivery-rules", allowed: can.administer, configuration: true },
  { href: "/reason-lists", ns: "reason-lists", allowed: can.administer, configuration: true },
  { href: "/letters", ns: "letters", allowed: can.editLetters, configuration: true },
];

/** The page at `path` as the account may see it: the page, "not available" when its roles do not allow it, or not found. */
export function pageAt(path: string, account: Account): ReactNode {
  for (const route of routes) {
    const params = match(route.pattern, path);
    if (!params) continue;
    return route.allowed(account) ? route.render(params) : <NotAvailable />;
  }
  return <NotFound />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>
        {t("notFound.before")} <Link href="/requests">{t("notFound.link")}</Link>.
      </p>
    </>
  );
}

function NotAvailable() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("notAvailable.title")}</h1>
      <p>{t("notAvailable.text")}</p>
    </>
  );
}
