import type { ProfileRule, ProfileRuleBody } from "../../api/types";

/** A condition as the form holds it: the values as typed, comma-separated, so nothing typed is reformatted. */
export interface ConditionDraft {
  key: number;
  field: string;
  operator: string;
  values: string;
}

/** The rule as the form holds it: strings for what the user types, so a 400 leaves every keystroke in place. */
export interface RuleDraft {
  name: string;
  description: string;
  enabled: boolean;
  conditions: ConditionDraft[];
  target: string;
  maxAccessCount: string;
  approval: boolean;
  copyrightClearance: boolean;
  approvalManagement: string;
  approvalReason: string;
}

// The choices of the rule form; each label is its key in the rules namespace (a target's is targetLabel's).
export const fields = ["userGroup", "library", "location", "materialType", "scope", "requesterType"] as const;

export const operators = ["equals", "notEquals", "in", "notIn"] as const;

export const targets = ["DocumentDeliveryAttachment", "DocumentDeliveryLink", "DigitalInventory"];

export const managements = [
  { value: "", label: "management.none" },
  { value: "Parallel", label: "management.Parallel" },
  { value: "Blocks", label: "management.Blocks" },
  { value: "AutomaticallyApproved", label: "management.AutomaticallyApproved" },
] as const;

let nextKey = 1;
export const newCondition = (): ConditionDraft => ({ key: nextKey++, field: "userGroup", operator: "in", values: "" });

export const emptyDraft = (): RuleDraft => ({
  name: "",
  description: "",
  enabled: true,
  conditions: [],
  target: "DocumentDeliveryAttachment",
  maxAccessCount: "",
  approval: false,
  copyrightClearance: false,
  approvalManagement: "",
  approvalReason: "",
});

export function draftOf(rule: ProfileRule): RuleDraft {
  return {
    name: rule.name,
    description: rule.description,
    enabled: rule.enabled,
    conditions: rule.conditions.map((c) => ({ key: nextKey++, field: c.field, operator: c.operator, values: c.values.join(", ") })),
    target: rule.outputs.target,
    maxAccessCount: rule.outputs.maxAccessCount?.toString() ?? "",
    approval: rule.outputs.approval,
    copyrightClearance: rule.outputs.copyrightClearance,
    approvalManagement: rule.outputs.approvalManagement ?? "",
    approvalReason: rule.outputs.approvalReason ?? "",
  };
}

/** The body the API checks. Nothing is corrected here: the server's validation is the one that names problems. */
export function bodyOfDraft(draft: RuleDraft): ProfileRuleBody {
  const count = draft.maxAccessCount.trim();
  return {
    name: draft.name,
    description: draft.description,
    enabled: draft.enabled,
    conditions: draft.conditions.map((c) => ({
      field: c.field,
      operator: c.operator,
      values: c.values.split(",").map((v) => v.trim()).filter((v) => v !== ""),
    })),
    outputs: {
      target: draft.target,
      maxAccessCount: count === "" ? null : Number(count),
      approval: draft.approval,
      copyrightClearance: draft.copyrightClearance,
      approvalManagement: draft.approvalManagement || null,
      approvalReason: draft.approvalReason || null,
    },
  };
}
