import { can } from "../auth/permissions";
import { useAccount } from "../auth/session";
import { Link } from "../router";

/** A profile rule's name: a link to its editor for the administrators, who alone may open it. */
export function RuleLink({ ruleId, name }: { ruleId: number; name: string }) {
  return can.administer(useAccount()) ? <Link href={`/rules/${ruleId}`}>{name}</Link> : <>{name}</>;
}
