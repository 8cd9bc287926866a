using FluentValidation;
using Library.Requests;
using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>
/// A sample request for "Try a request" on the profile rules page: the facts the rules look at. <c>requesterType</c>
/// defaults to patron, as for a new request.
/// </summary>
public sealed record RuleTryBody(string? UserGroup, string? Library, string? Location, string? MaterialType, string? Scope, string? RequesterType)
{
    /// <summary>The facts, once the validator has passed the body.</summary>
    public RequestFacts ToFacts() => new(
        UserGroup!, Library!, Location!, string.IsNullOrEmpty(MaterialType) ? null : MaterialType,
        string.Equals(Scope, ProfileRuleChecks.ScopeName(RequestScope.Full), StringComparison.OrdinalIgnoreCase) ? RequestScope.Full : RequestScope.Partial,
        string.Equals(RequesterType, ProfileRuleChecks.RequesterTypeName(Rules.RequesterType.Staff), StringComparison.OrdinalIgnoreCase)
            ? Rules.RequesterType.Staff : Rules.RequesterType.Patron);
}

public sealed class RuleTryBodyValidator : AbstractValidator<RuleTryBody>
{
    public RuleTryBodyValidator()
    {
        RuleFor(b => b.UserGroup).NotEmpty().MaximumLength(100);
        RuleFor(b => b.Library).NotEmpty().MaximumLength(50);
        RuleFor(b => b.Location).NotEmpty().MaximumLength(50);
        RuleFor(b => b.MaterialType).MaximumLength(50);
        RuleFor(b => b.Scope).NotEmpty();
        RuleFor(b => b.Scope).Must(s => ProfileRuleChecks.Scopes.Contains(s, StringComparer.OrdinalIgnoreCase))
            .When(b => !string.IsNullOrEmpty(b.Scope))
            .WithMessage(b => $"'scope' must be {string.Join(" or ", ProfileRuleChecks.Scopes)}, not '{b.Scope}'.");
        RuleFor(b => b.RequesterType).Must(t => ProfileRuleChecks.RequesterTypes.Contains(t, StringComparer.OrdinalIgnoreCase))
            .When(b => b.RequesterType is not null)
            .WithMessage(b => $"'requesterType' must be {string.Join(" or ", ProfileRuleChecks.RequesterTypes)}, not '{b.RequesterType}'.");
    }
}

/// <summary>What the rules make of a sample request: the rule that routes it, each rule tried, and the path it would take.</summary>
public sealed record RuleTryResult(RuleTryMatch Rule, IReadOnlyList<RuleTryEvaluation> Evaluated, IReadOnlyList<string> Path);

/// <summary>The rule that routes the sample request, with its outputs flat as on a request's "View Rule".</summary>
public sealed record RuleTryMatch(int Id, string Name, bool IsDefault, string Target, int? MaxAccessCount, bool Approval, bool CopyrightClearance,
    string? ApprovalManagement, string? ApprovalReason)
{
    public static RuleTryMatch Of(ProfileRule rule) => new(
        rule.Id, rule.Name, rule.IsDefault, EnumNames<DigitizationTarget>.Of(rule.Outputs.Target), rule.Outputs.MaxAccessCount,
        rule.Outputs.Approval, rule.Outputs.CopyrightClearance,
        rule.Outputs.ApprovalManagement is { } management ? EnumNames<ApprovalManagement>.Of(management) : null, rule.Outputs.ApprovalReason);
}

/// <summary>One rule tried: <see cref="FailedConditions"/> as a librarian reads them (<c>userGroup in [Staff]</c>).</summary>
public sealed record RuleTryEvaluation(int Id, string Name, bool Enabled, bool Matched, IReadOnlyList<string> FailedConditions)
{
    public static RuleTryEvaluation Of(RuleEvaluation e) =>
        new(e.Rule.Id, e.Rule.Name, e.Rule.Enabled, e.Matched, e.FailedConditions.Select(c => c.ToString()).ToList());
}
