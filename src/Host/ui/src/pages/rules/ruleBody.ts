import type { ProfileRule, ProfileRuleBody } from "../../api/types";

/** A rule as PUT takes it back: the view's fields without its id and default flag. */
export function bodyOf(rule: ProfileRule, change: Partial<ProfileRuleBody> = {}): ProfileRuleBody {
  return {
    name: rule.name,
    description: rule.description,
    enabled: rule.enabled,
    order: rule.order,
    conditions: rule.conditions,
    outputs: rule.outputs,
    ...change,
  };
}
