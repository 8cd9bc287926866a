using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using static Library.Tests.Infrastructure.SetupApi;

namespace Library.Tests.Rules;

/// <summary>Profile rules over HTTP: the seeded default rule, round trips, evaluation order, and what the default rule refuses.</summary>
public sealed class ProfileRuleTests : HostTest
{
    private static JsonObject StaffLink(int? order = null) => Rule("Staff: link, 3 downloads, parallel approval", order,
        Outputs("DocumentDeliveryLink", maxAccessCount: 3, approval: true, approvalManagement: "Parallel"),
        conditions: Condition("userGroup", "in", "Staff"));

    [Fact]
    public async Task The_default_rule_is_seeded_last_sending_an_attachment_without_approval()
    {
        var rules = await Client.RulesAsync();
        var last = rules[^1];
        Assert.True(last.IsDefault);
        Assert.Equal(DefaultRuleName, last.Name);
        Assert.True(last.Enabled);
        Assert.Empty(last.Conditions);
        Assert.Equal(new RuleOutputsView("DocumentDeliveryAttachment", null, false, false, null, null), last.Outputs);
        Assert.Single(rules, r => r.IsDefault);
        Assert.Equal(Enumerable.Range(1, rules.Count), rules.Select(r => r.Order));
    }

    [Fact]
    public async Task A_rule_reads_back_in_the_shape_it_was_written_with_its_id_and_isDefault()
    {
        var sent = StaffLink(order: 1);
        var response = await Client.PostAsJsonAsync("/api/profile-rules", sent);
        var created = await response.ReadAsync<ProfileRuleView>(HttpStatusCode.Created);
        Assert.Equal($"/api/profile-rules/{created.Id}", response.Headers.Location?.OriginalString);

        var read = JsonNode.Parse(await Client.GetStringAsync($"/api/profile-rules/{created.Id}"))!.AsObject();
        Assert.Equal(["id", "name", "description", "enabled", "order", "isDefault", "conditions", "outputs"], read.Select(p => p.Key));
        Assert.Equal(created.Id, read["id"]!.GetValue<int>());
        Assert.False(read["isDefault"]!.GetValue<bool>());
        foreach (var key in new[] { "name", "description", "enabled", "order", "conditions", "outputs" })
            Assert.True(JsonNode.DeepEquals(sent[key], read[key]), $"{key}: sent {sent[key]?.ToJsonString()}, read {read[key]?.ToJsonString()}");
    }

    [Fact]
    public async Task A_rule_is_replaced_by_put_and_gone_after_delete()
    {
        var created = await Client.AddRuleAsync(StaffLink());
        var changed = Rule("Faculty: representation, automatic", outputs: Outputs("DigitalInventory", approval: true,
                approvalManagement: "AutomaticallyApproved", approvalReason: "Open Access"), enabled: false,
            conditions: [Condition("userGroup", "equals", "Faculty"), Condition("scope", "equals", "full")]);
        changed["description"] = "Whole items for faculty go to the repository.";

        var updated = await (await Client.PutRuleAsync(created.Id, changed)).ReadAsync<ProfileRuleView>(HttpStatusCode.OK);
        Assert.Equal(created.Id, updated.Id);
        Assert.Equal("Faculty: representation, automatic", updated.Name);
        Assert.Equal("Whole items for faculty go to the repository.", updated.Description);
        Assert.False(updated.Enabled);
        Assert.Equal(["userGroup equals [Faculty]", "scope equals [full]"], updated.Conditions.Select(Text));
        Assert.Equal(new RuleOutputsView("DigitalInventory", null, true, false, "AutomaticallyApproved", "Open Access"), updated.Outputs);
        Assert.Equal(updated.Name, (await Client.RulesAsync()).Single(r => r.Id == created.Id).Name);

        var deleted = await Client.DeleteAsync($"/api/profile-rules/{created.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await Client.GetAsync($"/api/profile-rules/{created.Id}")).ProblemAsync(HttpStatusCode.NotFound, created.Id.ToString());
        Assert.DoesNotContain(await Client.RulesAsync(), r => r.Id == created.Id);
    }

    private static string Text(RuleConditionView c) => $"{c.Field} {c.Operator} [{string.Join(", ", c.Values)}]";

    [Fact]
    public async Task A_rule_placed_at_an_order_moves_the_others_down_and_the_default_stays_last()
    {
        var shipped = (await Client.RulesAsync()).Where(r => !r.IsDefault).Select(r => r.Name).ToList();
        var a = await Client.AddRuleAsync(Rule("A", enabled: false, conditions: Condition("library", "equals", "A")));
        var b = await Client.AddRuleAsync(Rule("B", conditions: Condition("library", "equals", "B")));
        var first = await Client.AddRuleAsync(Rule("First", order: 1, conditions: Condition("library", "equals", "F")));
        var far = await Client.AddRuleAsync(Rule("Far", order: 500, conditions: Condition("library", "equals", "Z")));
        Assert.Equal(1, first.Order);

        var names = (await Client.RulesAsync()).Select(r => r.Name).ToList();
        Assert.Equal(["First", .. shipped, "A", "B", "Far", DefaultRuleName], names);
        Assert.Equal(Enumerable.Range(1, shipped.Count + 5), (await Client.RulesAsync()).Select(r => r.Order));

        // Moving B to the top, then deleting First: the list stays 1, 2, 3, … with the default last.
        var moved = b.AsBody();
        moved["order"] = 1;
        await (await Client.PutRuleAsync(b.Id, moved)).ReadAsync<ProfileRuleView>(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/profile-rules/{first.Id}")).StatusCode);
        var rules = await Client.RulesAsync();
        Assert.Equal(["B", .. shipped, "A", "Far", DefaultRuleName], rules.Select(r => r.Name));
        Assert.Equal(Enumerable.Range(1, shipped.Count + 4), rules.Select(r => r.Order));

        // A put without an order or enabled flag leaves the rule where it is, disabled as it was.
        var unmoved = a.AsBody();
        unmoved.Remove("order");
        unmoved.Remove("enabled");
        unmoved["description"] = "changed";
        var put = await (await Client.PutRuleAsync(a.Id, unmoved)).ReadAsync<ProfileRuleView>(HttpStatusCode.OK);
        Assert.Equal((shipped.Count + 2, false, "changed"), (put.Order, put.Enabled, put.Description));
        Assert.Equal(far.Id, (await Client.RulesAsync())[shipped.Count + 2].Id);
    }

    [Fact]
    public async Task The_default_rules_outputs_and_description_can_be_edited_and_it_stays_last_whatever_order_is_sent()
    {
        var rule = await Client.DefaultRuleAsync();
        var body = rule.AsBody();
        body["description"] = "Links for everyone, approved by a manager first.";
        body["order"] = 1;
        body["outputs"] = Outputs("DocumentDeliveryLink", maxAccessCount: 5, approval: true, approvalManagement: "Blocks");

        var updated = await (await Client.PutRuleAsync(rule.Id, body)).ReadAsync<ProfileRuleView>(HttpStatusCode.OK);
        Assert.Equal(new RuleOutputsView("DocumentDeliveryLink", 5, true, false, "Blocks", null), updated.Outputs);
        Assert.Equal("Links for everyone, approved by a manager first.", updated.Description);
        Assert.True(updated.IsDefault);
        var rules = await Client.RulesAsync();
        Assert.Equal(rule.Id, rules[^1].Id);
        Assert.Equal(rules.Count, rules[^1].Order);
    }

    [Fact]
    public async Task A_name_already_used_is_refused_whatever_its_case()
    {
        var existing = await Client.AddRuleAsync(Rule("Law library", conditions: Condition("library", "equals", "LAW")));
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/profile-rules", Rule("LAW LIBRARY")), HttpStatusCode.BadRequest, "name", "already used");
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/profile-rules", Rule(DefaultRuleName.ToLowerInvariant())), HttpStatusCode.BadRequest, "name");

        var other = await Client.AddRuleAsync(Rule("Other"));
        await RefusedWithoutChange(() => Client.PutRuleAsync(other.Id, Rule("law library")), HttpStatusCode.BadRequest, "name", existing.Id.ToString());
        // Its own name is not taken.
        await (await Client.PutRuleAsync(existing.Id, Rule("Law Library"))).ReadAsync<ProfileRuleView>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Rules_survive_a_restart_with_their_conditions()
    {
        var created = await Client.AddRuleAsync(Rule("Rare books", order: 1, conditions:
            [Condition("location", "in", "RARE", "ARCH"), Condition("materialType", "notEquals", "Map"), Condition("requesterType", "equals", "staff")]));
        await Host.RestartAsync();
        var read = (await Client.RulesAsync()).Single(r => r.Id == created.Id);
        Assert.Equal(["location in [RARE, ARCH]", "materialType notEquals [Map]", "requesterType equals [staff]"],
            read.Conditions.Select(Text));
    }
}
