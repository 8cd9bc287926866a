using System.Net;
using System.Net.Http.Json;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Rules;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Library.Tests.Infrastructure.SetupApi;

namespace Library.Tests.Rules;

/// <summary>
/// The profile rules a fresh database starts with (Alma: Configuring Digitization, "Configure digitization and copyright
/// rules": the institution rules are shipped disabled, the Default Digitization Rule routes everything).
/// </summary>
public sealed class ShippedRuleSetTests : HostTest
{
    private static readonly RequestFacts Undergraduate =
        new("Undergraduate", "MAIN", "GEN", "Book", DigitizationScope.Partial, RequesterType.Patron);

    [Fact]
    public async Task Every_shipped_rule_but_the_default_is_disabled_and_together_they_show_each_setting_alma_documents()
    {
        var rules = await Client.RulesAsync();
        var shipped = rules.Where(r => !r.IsDefault).ToList();

        Assert.Equal(12, shipped.Count);
        Assert.All(shipped, r => Assert.False(r.Enabled, $"{r.Name} is shipped enabled"));
        Assert.All(shipped, r => Assert.NotEmpty(r.Conditions));
        Assert.True(rules[^1] is { IsDefault: true, Enabled: true, Name: DefaultRuleName });

        var outputs = shipped.Select(r => r.Outputs).ToList();
        Assert.Equal(["DigitalInventory", "DocumentDeliveryAttachment", "DocumentDeliveryLink"], outputs.Select(o => o.Target).Distinct().Order());
        Assert.Equal(["AutomaticallyApproved", "Blocks", "Parallel"], outputs.Select(o => o.ApprovalManagement).OfType<string>().Distinct().Order());
        Assert.Contains(outputs, o => o.CopyrightClearance && !o.Approval);
        Assert.Contains(outputs, o => o.CopyrightClearance && o.Approval);
        Assert.Contains(outputs, o => o.Approval && !o.CopyrightClearance);
    }

    [Fact]
    public async Task No_shipped_rule_routes_a_request_whose_facts_meet_all_its_conditions()
    {
        // The default rule e-mails the file, so every group the shipped rules name may receive files.
        var rules = await Host.QueryAsync(db => db.ProfileRules.AsNoTracking().ToListAsync());
        var groups = rules.SelectMany(r => r.Conditions).Where(c => c.Field == RuleField.UserGroup).SelectMany(c => c.Values).Distinct().ToArray();
        (await Client.PostAsJsonAsync("/api/document-delivery-rules", new { name = "Every group of the shipped rules", userGroups = groups }))
            .EnsureSuccessStatusCode();

        foreach (var rule in rules.Where(r => !r.IsDefault))
        {
            var facts = rule.Conditions.Aggregate(Undergraduate, Meeting);
            Assert.Empty(rule.FailedConditions(facts));

            var allowed = Assert.IsType<PolicyDecision.Allowed>(
                await Host.QueryAsync(db => new RequestPolicy(db).DecideAsync(facts, "p-1001", Api.Department, CancellationToken.None)));
            Assert.True(allowed.Rule.IsDefault, $"{rule.Name} routed a request while disabled");
        }
    }

    [Fact]
    public async Task A_request_is_routed_by_the_default_rule_until_the_shipped_rule_it_fits_is_enabled()
    {
        const string undergraduateChapters = "Undergraduates, chapter or article: automatically approved";

        var before = await Client.CreateAsync();
        Assert.Equal(DefaultRuleName, before.Rule.Name);

        var rule = (await Client.RulesAsync()).Single(r => r.Name == undergraduateChapters);
        var enabled = rule.AsBody();
        enabled["enabled"] = true;
        await (await Client.PutRuleAsync(rule.Id, enabled)).ReadAsync<ProfileRuleView>(HttpStatusCode.OK);

        var after = await Client.CreateAsync(Api.NewRequest(barcode: "b-2"));
        Assert.Equal((undergraduateChapters, "AutomaticallyApproved", "Self-Declared"),
            (after.Rule.Name, after.Rule.ApprovalManagement?.ToString(), after.Rule.ApprovalReason));
    }

    /// <summary>The facts changed so the one positive condition holds: its field takes the condition's first value.</summary>
    private static RequestFacts Meeting(RequestFacts facts, RuleCondition condition)
    {
        Assert.True(condition.Operator is RuleOperator.EqualTo or RuleOperator.In, $"{condition} is not a positive condition");
        var value = condition.Values[0];
        return condition.Field switch
        {
            RuleField.UserGroup => facts with { UserGroup = value },
            RuleField.Library => facts with { Library = value },
            RuleField.Location => facts with { Location = value },
            RuleField.MaterialType => facts with { MaterialType = value },
            RuleField.Scope => facts with { Scope = value == "full" ? DigitizationScope.Full : DigitizationScope.Partial },
            RuleField.RequesterType => facts with { RequesterType = value == "staff" ? RequesterType.Staff : RequesterType.Patron },
            _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.Field, null),
        };
    }
}
