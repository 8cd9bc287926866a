using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>One rule tried: <see cref="FailedConditions"/> as a librarian reads them (<c>userGroup in [Staff]</c>).</summary>
public sealed record RuleTryEvaluation(int Id, string Name, bool Enabled, bool Matched, IReadOnlyList<string> FailedConditions)
{
    public static RuleTryEvaluation Of(RuleEvaluation e) =>
        new(e.Rule.Id, e.Rule.Name, e.Rule.Enabled, e.Matched, e.FailedConditions.Select(c => c.ToString()).ToList());
}
