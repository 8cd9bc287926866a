namespace Library.Rules;

/// <summary>Finds the rule that routes a request.</summary>
public static class ProfileRuleMatcher
{
    /// <summary>The rules in the order they are tried: by order, ties by id, the default rule last.</summary>
    public static IEnumerable<ProfileRule> InEvaluationOrder(IEnumerable<ProfileRule> rules) =>
        rules.OrderBy(r => r.IsDefault).ThenBy(r => r.Order).ThenBy(r => r.Id);

    /// <summary>
    /// The first enabled rule whose conditions all hold, or else the default rule, which matches everything.
    /// Throws when no rule matches and there is no default rule: the configuration is broken.
    /// </summary>
    public static ProfileRule Match(IEnumerable<ProfileRule> rules, RequestFacts facts) =>
        InEvaluationOrder(rules).FirstOrDefault(r => r.IsDefault || (r.Enabled && r.Matches(facts)))
        ?? throw new InvalidOperationException($"No profile rule matches the request and there is no '{ProfileRule.DefaultName}'.");
}
