using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>A profile rule as the API reads it: the body's shape plus its id and whether it is the default rule.</summary>
public sealed record ProfileRuleView(
    int Id,
    string Name,
    string Description,
    bool Enabled,
    int Order,
    bool IsDefault,
    IReadOnlyList<RuleConditionView> Conditions,
    RuleOutputsView Outputs)
{
    public static ProfileRuleView Of(ProfileRule rule) => new(
        rule.Id, rule.Name, rule.Description, rule.Enabled, rule.Order, rule.IsDefault,
        rule.Conditions.Select(c => new RuleConditionView(EnumNames<RuleField>.Of(c.Field), EnumNames<RuleOperator>.Of(c.Operator), c.Values)).ToList(),
        new RuleOutputsView(
            EnumNames<DigitizationTarget>.Of(rule.Outputs.Target),
            rule.Outputs.MaxAccessCount,
            rule.Outputs.Approval,
            rule.Outputs.CopyrightClearance,
            rule.Outputs.ApprovalManagement is { } management ? EnumNames<ApprovalManagement>.Of(management) : null,
            rule.Outputs.ApprovalReason));
}
