namespace Library.Rules;

/// <summary>Keeps the evaluation order a plain sequence 1, 2, 3, … with the default rule after all the others.</summary>
public static class ProfileRuleOrdering
{
    /// <summary>
    /// Puts <paramref name="rule"/> at <paramref name="position"/> (1 first; past the end means last), moves the
    /// rules from there on down by one, and renumbers every rule. The default rule's position is always last.
    /// </summary>
    public static void Place(IEnumerable<ProfileRule> rules, ProfileRule rule, int position)
    {
        var all = rules.ToList();
        var ordered = ProfileRuleMatcher.InEvaluationOrder(all.Where(r => !r.IsDefault && r != rule)).ToList();
        if (!rule.IsDefault) ordered.Insert(Math.Clamp(position - 1, 0, ordered.Count), rule);
        Renumber(ordered, all.Where(r => r.IsDefault));
    }

    /// <summary>Renumbers what is left, e.g. after a rule was deleted.</summary>
    public static void Renumber(IEnumerable<ProfileRule> rules)
    {
        var all = rules.ToList();
        Renumber(ProfileRuleMatcher.InEvaluationOrder(all.Where(r => !r.IsDefault)).ToList(), all.Where(r => r.IsDefault));
    }

    private static void Renumber(List<ProfileRule> ordered, IEnumerable<ProfileRule> defaults)
    {
        for (var i = 0; i < ordered.Count; i++) ordered[i].Order = i + 1;
        foreach (var rule in defaults) rule.Order = ordered.Count + 1;
    }
}
