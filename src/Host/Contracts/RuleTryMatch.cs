using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>The rule that routes the sample request, with its outputs flat as on a request's "View Rule".</summary>
public sealed record RuleTryMatch(int Id, string Name, bool IsDefault, string Target, int? MaxAccessCount, bool Approval, bool CopyrightClearance,
    string? ApprovalManagement, string? ApprovalReason)
{
    public static RuleTryMatch Of(ProfileRule rule) => new(
        rule.Id, rule.Name, rule.IsDefault, EnumNames<DigitizationTarget>.Of(rule.Outputs.Target), rule.Outputs.MaxAccessCount,
        rule.Outputs.Approval, rule.Outputs.CopyrightClearance,
        rule.Outputs.ApprovalManagement is { } management ? EnumNames<ApprovalManagement>.Of(management) : null, rule.Outputs.ApprovalReason);
}
