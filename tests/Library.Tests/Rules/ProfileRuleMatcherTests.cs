using Library.Digitization;
using Library.Rules;

namespace Library.Tests.Rules;

/// <summary>Which rule routes a request: every field with every operator, order, enabled, and the default rule.</summary>
public sealed class ProfileRuleMatcherTests
{
    private static readonly RequestFacts Undergraduate =
        new("Undergraduate", "MAIN", "GEN", "Book", DigitizationScope.Partial, RequesterType.Patron);

    private static readonly ProfileRule Default = new()
    {
        Id = 100, Name = ProfileRule.DefaultName, IsDefault = true, Order = 99, Outputs = RuleOutputs.AttachmentWithoutApproval,
    };

    private static ProfileRule Rule(int id, int order, params RuleCondition[] conditions) => new()
    {
        Id = id, Name = $"rule {id}", Order = order, Conditions = conditions,
        Outputs = new RuleOutputs(DigitizationTarget.DocumentDeliveryLink, 3, false, false, null, null),
    };

    private static RuleCondition When(RuleField field, RuleOperator op, params string[] values) => new(field, op, values);

    public static TheoryData<RuleField, RuleOperator, string[], bool> FieldsAndOperators => new()
    {
        // The facts: Undergraduate, MAIN, GEN, Book, partial, patron.
        { RuleField.UserGroup, RuleOperator.EqualTo, ["Undergraduate"], true },
        { RuleField.UserGroup, RuleOperator.EqualTo, ["Staff"], false },
        { RuleField.UserGroup, RuleOperator.NotEqualTo, ["Staff"], true },
        { RuleField.UserGroup, RuleOperator.NotEqualTo, ["Undergraduate"], false },
        { RuleField.UserGroup, RuleOperator.In, ["Staff", "Undergraduate"], true },
        { RuleField.UserGroup, RuleOperator.In, ["Staff", "Faculty"], false },
        { RuleField.UserGroup, RuleOperator.NotIn, ["Staff", "Faculty"], true },
        { RuleField.UserGroup, RuleOperator.NotIn, ["Staff", "Undergraduate"], false },
        { RuleField.Library, RuleOperator.EqualTo, ["MAIN"], true },
        { RuleField.Library, RuleOperator.EqualTo, ["LAW"], false },
        { RuleField.Library, RuleOperator.NotEqualTo, ["LAW"], true },
        { RuleField.Library, RuleOperator.In, ["LAW", "MAIN"], true },
        { RuleField.Library, RuleOperator.NotIn, ["MAIN"], false },
        { RuleField.Location, RuleOperator.EqualTo, ["GEN"], true },
        { RuleField.Location, RuleOperator.NotEqualTo, ["GEN"], false },
        { RuleField.Location, RuleOperator.In, ["RARE", "ARCH"], false },
        { RuleField.Location, RuleOperator.NotIn, ["RARE", "ARCH"], true },
        { RuleField.MaterialType, RuleOperator.EqualTo, ["Book"], true },
        { RuleField.MaterialType, RuleOperator.NotEqualTo, ["Book"], false },
        { RuleField.MaterialType, RuleOperator.In, ["Journal", "Book"], true },
        { RuleField.MaterialType, RuleOperator.NotIn, ["Journal"], true },
        { RuleField.Scope, RuleOperator.EqualTo, ["partial"], true },
        { RuleField.Scope, RuleOperator.EqualTo, ["full"], false },
        { RuleField.Scope, RuleOperator.NotEqualTo, ["full"], true },
        { RuleField.Scope, RuleOperator.In, ["full"], false },
        { RuleField.Scope, RuleOperator.NotIn, ["partial"], false },
        { RuleField.RequesterType, RuleOperator.EqualTo, ["patron"], true },
        { RuleField.RequesterType, RuleOperator.NotEqualTo, ["patron"], false },
        { RuleField.RequesterType, RuleOperator.In, ["staff"], false },
        { RuleField.RequesterType, RuleOperator.NotIn, ["staff"], true },
    };

    [Theory]
    [MemberData(nameof(FieldsAndOperators))]
    public void A_condition_on_each_field_with_each_operator_decides_the_match(RuleField field, RuleOperator op, string[] values, bool matches)
    {
        var rule = Rule(1, 1, When(field, op, values));
        Assert.Same(matches ? rule : Default, ProfileRuleMatcher.Match([rule, Default], Undergraduate));
    }

    [Fact]
    public void Comparisons_ignore_case()
    {
        var rule = Rule(1, 1, When(RuleField.UserGroup, RuleOperator.In, "UNDERGRADUATE"), When(RuleField.Scope, RuleOperator.EqualTo, "Partial"),
            When(RuleField.RequesterType, RuleOperator.NotEqualTo, "STAFF"), When(RuleField.Library, RuleOperator.NotIn, "main", "law"));
        var notMain = Rule(2, 2, When(RuleField.UserGroup, RuleOperator.In, "UNDERGRADUATE"));
        Assert.Same(notMain, ProfileRuleMatcher.Match([rule, notMain, Default], Undergraduate));
        Assert.Same(rule, ProfileRuleMatcher.Match([rule, notMain, Default], Undergraduate with { Library = "Chemistry" }));
    }

    [Fact]
    public void Every_condition_must_hold()
    {
        var rule = Rule(1, 1, When(RuleField.UserGroup, RuleOperator.EqualTo, "Undergraduate"), When(RuleField.Scope, RuleOperator.EqualTo, "full"));
        Assert.Same(Default, ProfileRuleMatcher.Match([rule, Default], Undergraduate));
        Assert.Same(rule, ProfileRuleMatcher.Match([rule, Default], Undergraduate with { Scope = DigitizationScope.Full }));
    }

    [Fact]
    public void An_item_without_material_type_fails_equals_and_in_and_passes_not_equals_and_not_in()
    {
        var facts = Undergraduate with { MaterialType = null };
        foreach (var (op, expected) in new[] { (RuleOperator.EqualTo, false), (RuleOperator.In, false), (RuleOperator.NotEqualTo, true), (RuleOperator.NotIn, true) })
        {
            var rule = Rule(1, 1, When(RuleField.MaterialType, op, "Book"));
            Assert.Same(expected ? rule : Default, ProfileRuleMatcher.Match([rule, Default], facts));
        }
    }

    [Fact]
    public void The_first_enabled_match_by_order_wins_whatever_the_list_order()
    {
        var second = Rule(1, 2, When(RuleField.Library, RuleOperator.EqualTo, "MAIN"));
        var first = Rule(2, 1, When(RuleField.UserGroup, RuleOperator.EqualTo, "Undergraduate"));
        Assert.Same(first, ProfileRuleMatcher.Match([Default, second, first], Undergraduate));

        first.Enabled = false;
        Assert.Same(second, ProfileRuleMatcher.Match([Default, second, first], Undergraduate));
    }

    [Fact]
    public void A_rule_without_conditions_matches_everything_and_still_comes_before_the_default()
    {
        var catchAll = Rule(1, 5);
        Assert.Same(catchAll, ProfileRuleMatcher.Match([Default, catchAll], Undergraduate with { UserGroup = "Anyone" }));
    }

    [Fact]
    public void The_default_rule_comes_last_even_with_a_lower_order_and_matches_when_nothing_else_does()
    {
        var staffOnly = Rule(1, 200, When(RuleField.RequesterType, RuleOperator.EqualTo, "staff"));
        var lowDefault = new ProfileRule { Id = 3, Name = ProfileRule.DefaultName, IsDefault = true, Order = 0, Outputs = RuleOutputs.AttachmentWithoutApproval };
        Assert.Same(staffOnly, ProfileRuleMatcher.Match([lowDefault, staffOnly], Undergraduate with { RequesterType = RequesterType.Staff }));
        Assert.Same(lowDefault, ProfileRuleMatcher.Match([lowDefault, staffOnly], Undergraduate));
    }

    [Fact]
    public void Without_a_default_rule_an_unmatched_request_is_a_configuration_error()
    {
        var staffOnly = Rule(1, 1, When(RuleField.RequesterType, RuleOperator.EqualTo, "staff"));
        var error = Assert.Throws<InvalidOperationException>(() => ProfileRuleMatcher.Match([staffOnly], Undergraduate));
        Assert.Contains(ProfileRule.DefaultName, error.Message);
    }
}
