using Library.Digitization;

namespace Library.Rules;

/// <summary>What profile rules look at in a request: who asks, for which item, for how much of it.</summary>
public sealed record RequestFacts(
    string UserGroup,
    string Library,
    string Location,
    string? MaterialType,
    DigitizationScope Scope,
    RequesterType RequesterType)
{
    /// <summary>The value a condition on <paramref name="field"/> compares; closed fields as the rules name them.</summary>
    public string? ValueOf(RuleField field) => field switch
    {
        RuleField.UserGroup => UserGroup,
        RuleField.Library => Library,
        RuleField.Location => Location,
        RuleField.MaterialType => MaterialType,
        RuleField.Scope => ProfileRuleChecks.ScopeName(Scope),
        RuleField.RequesterType => ProfileRuleChecks.RequesterTypeName(RequesterType),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
