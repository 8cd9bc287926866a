import type { Account } from "../../api/types";
import { roles } from "../../auth/permissions";

/**
 * The department's operators (Alma: Configuring Digitization, "Operators"): the accounts holding the Work Order
 * Operator role there. The role is always scoped to departments; codes compare without regard to case, as the host's.
 */
export function operatorsOf(accounts: readonly Account[], department: string): Account[] {
  const code = department.toLowerCase();
  return accounts.filter((a) => a.roles.some((g) => g.role === roles.workOrderOperator && g.scope?.some((s) => s.toLowerCase() === code)));
}
