namespace Library.Rules;

/// <summary>
/// A digitization profile rule (Alma: Configuring Digitization, "Digitization and Copyright Rules"): when all its
/// conditions hold for a request, its outputs decide how the request is approved and delivered. Rules are tried by
/// <see cref="Order"/>; the first enabled match wins, and the <see cref="DefaultName">Default Digitization Rule</see>
/// catches the rest.
/// </summary>
public sealed class ProfileRule
{
    public const string DefaultName = "Default Digitization Rule";

    public int Id { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public bool Enabled { get; set; } = true;

    /// <summary>The position in the evaluation order, 1 first; the default rule is always after every other.</summary>
    public int Order { get; set; }

    /// <summary>The rule that matches every request no other rule matched; it exists always and has no conditions.</summary>
    public bool IsDefault { get; set; }

    public IReadOnlyList<RuleCondition> Conditions { get; set; } = [];
    public required RuleOutputs Outputs { get; set; }

    /// <summary>The conditions that do not hold for the request; none means its conditions match (a rule without any matches everything).</summary>
    public IReadOnlyList<RuleCondition> FailedConditions(RequestFacts facts) =>
        IsDefault ? [] : Conditions.Where(c => !c.Holds(facts.ValueOf(c.Field))).ToList();
}
