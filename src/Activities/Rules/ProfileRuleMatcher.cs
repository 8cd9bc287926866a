namespace Library.Rules;

/// <summary>Finds the rule that routes a request.</summary>
public static class ProfileRuleMatcher
{
    /// <summary>The rules in the order they are tried: by order, ties by id, the default rule last.</summary>
    public static IEnumerable<ProfileRule> InEvaluationOrder(IEnumerable<ProfileRule> rules) =>
        rules.OrderBy(r => r.IsDefault).ThenBy(r => r.Order).ThenBy(r => r.Id);

    /// <summary>
    /// The rules tried, in order, up to the one that routes the request: the first enabled rule whose conditions all
    /// hold, or else the default rule, which matches everything. A disabled rule is tried too, and never matches.
    /// </summary>
    public static IEnumerable<RuleEvaluation> Evaluate(IEnumerable<ProfileRule> rules, RequestFacts facts)
    {
        foreach (var rule in InEvaluationOrder(rules))
        {
            var failed = rule.FailedConditions(facts);
            var matched = rule.IsDefault || (rule.Enabled && failed.Count == 0);
            yield return new RuleEvaluation(rule, matched, failed);
            if (matched) yield break;
        }
    }

    /// <summary>
    /// The rule that routes the request (see <see cref="Evaluate"/>). Throws when no rule matches and there is no
    /// default rule: the configuration is broken.
    /// </summary>
    public static ProfileRule Match(IEnumerable<ProfileRule> rules, RequestFacts facts) =>
        Evaluate(rules, facts).LastOrDefault() is { Matched: true } match
            ? match.Rule
            : throw new InvalidOperationException($"No profile rule matches the request and there is no '{ProfileRule.DefaultName}'.");
}
