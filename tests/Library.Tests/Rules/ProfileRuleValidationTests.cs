using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using static Library.Tests.Infrastructure.SetupApi;

namespace Library.Tests.Rules;

/// <summary>One host for the refusals below: each one asserts that the database is as it was, so they cannot affect each other.</summary>
public sealed class RefusalHost : IAsyncLifetime
{
    public LibraryHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = LibraryHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>
/// A rule that could never match, or whose outputs do not go together, is refused with 400 naming the field and
/// saying why; nothing is stored.
/// </summary>
public sealed class ProfileRuleValidationTests(RefusalHost fixture) : IClassFixture<RefusalHost>
{
    private LibraryHost Host => fixture.Host;

    private async Task<JsonObject> Refused(Func<HttpClient, Task<HttpResponseMessage>> call, string field, string mention)
    {
        var before = await Host.SnapshotAsync();
        var problem = await (await call(Host.Client)).ProblemAsync(HttpStatusCode.BadRequest, mention);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"errors should name '{field}': {errors.ToJsonString()}");
        Assert.Contains(mention, errors[field]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await Host.SnapshotAsync());
        return problem;
    }

    private static JsonObject With(params JsonObject[] conditions) => Rule("Refused rule", conditions: conditions);

    public static TheoryData<string, JsonObject, string, string> InvalidRules => new()
    {
        // Shape
        { "no name", new JsonObject { ["outputs"] = Outputs() }, "name", "name" },
        { "no outputs", new JsonObject { ["name"] = "No outputs" }, "outputs", "outputs" },
        { "order 0", Rule("Zeroth", order: 0), "order", "position" },
        { "unknown field", With(Condition("colour", "equals", "red")), "conditions[0].field", "colour" },
        { "unknown operator", With(Condition("userGroup", "like", "Staff")), "conditions[0].operator", "like" },
        { "blank value", With(Condition("library", "in", "MAIN", " ")), "conditions[0].values[1]", "blank" },
        { "equals with two values", With(Condition("userGroup", "equals", "Staff", "Faculty")), "conditions[0].values", "exactly one value" },
        { "notEquals with no value", With(Condition("userGroup", "notEquals")), "conditions[0].values", "exactly one value" },
        { "in with an empty list", With(Condition("library", "in")), "conditions[0].values", "at least one" },
        { "notIn with an empty list", With(Condition("library", "notIn")), "conditions[0].values", "at least one" },
        { "scope outside full/partial", With(Condition("scope", "equals", "chapter")), "conditions[0].values", "chapter" },
        { "requester type outside patron/staff", With(Condition("requesterType", "in", "patron", "robot")), "conditions[0].values", "robot" },
        // Rules that can never match
        { "two different equals", With(Condition("userGroup", "equals", "Staff"), Condition("library", "equals", "MAIN"), Condition("userGroup", "equals", "Faculty")),
            "conditions[2].values", "can never match" },
        { "equals X and notEquals X", With(Condition("location", "equals", "GEN"), Condition("location", "notEquals", "gen")), "conditions[1].values", "can never match" },
        { "equals X and notIn a list with X", With(Condition("materialType", "equals", "Book"), Condition("materialType", "notIn", "Map", "Book")),
            "conditions[1].values", "can never match" },
        { "in lists without a common value", With(Condition("library", "in", "MAIN", "LAW"), Condition("library", "in", "MED", "ART")), "conditions[1].values", "can never match" },
        { "in list all excluded by notIn", With(Condition("library", "in", "MAIN", "LAW"), Condition("library", "notIn", "LAW"), Condition("library", "notEquals", "MAIN")),
            "conditions[2].values", "can never match" },
        { "scope notIn both values", With(Condition("scope", "notIn", "full", "partial")), "conditions[0].values", "excludes every scope" },
        { "requester type notEquals both", With(Condition("requesterType", "notEquals", "patron"), Condition("requesterType", "notEquals", "staff")),
            "conditions[1].values", "can never match" },
        { "scope equals full and equals partial", With(Condition("scope", "equals", "full"), Condition("scope", "in", "partial")), "conditions[1].values", "can never match" },
        // Outputs that do not go together
        { "unknown target", Rule("Bad target", outputs: Outputs("Fax")), "outputs.target", "Fax" },
        { "maxAccessCount with an attachment", Rule("Counted attachment", outputs: Outputs("DocumentDeliveryAttachment", maxAccessCount: 3)),
            "outputs.maxAccessCount", "DocumentDeliveryLink" },
        { "maxAccessCount with a representation", Rule("Counted representation", outputs: Outputs("DigitalInventory", maxAccessCount: 1)),
            "outputs.maxAccessCount", "DocumentDeliveryLink" },
        { "maxAccessCount 0", Rule("Never downloadable", outputs: Outputs("DocumentDeliveryLink", maxAccessCount: 0)), "outputs.maxAccessCount", "at least 1" },
        { "approval without management", Rule("Approval when?", outputs: Outputs(approval: true)), "outputs.approvalManagement", "required" },
        { "clearance without management", Rule("Clearance when?", outputs: Outputs(copyrightClearance: true)), "outputs.approvalManagement", "required" },
        { "management without approval", Rule("Nothing to manage", outputs: Outputs(approvalManagement: "Blocks")), "outputs.approvalManagement", "send null" },
        { "unknown management", Rule("Sometimes", outputs: Outputs(approval: true, approvalManagement: "Sometimes")), "outputs.approvalManagement", "Sometimes" },
        { "automatic without reason", Rule("Automatic, why?", outputs: Outputs(approval: true, approvalManagement: "AutomaticallyApproved")),
            "outputs.approvalReason", "Covered by License" },
        { "reason without automatic", Rule("Reason for blocks", outputs: Outputs(approval: true, approvalManagement: "Blocks", approvalReason: "Open Access")),
            "outputs.approvalReason", "AutomaticallyApproved" },
        { "unknown reason", Rule("Because", outputs: Outputs(approval: true, approvalManagement: "AutomaticallyApproved", approvalReason: "Because")),
            "outputs.approvalReason", "Self-Declared" },
        { "rejection reason as approval reason", Rule("Rejected", outputs: Outputs(approval: true, approvalManagement: "AutomaticallyApproved", approvalReason: "Rejected by CCC")),
            "outputs.approvalReason", "Rejected by CCC" },
        { "clearance approved automatically", Rule("Auto clearance", outputs: Outputs(approval: true, copyrightClearance: true,
            approvalManagement: "AutomaticallyApproved", approvalReason: "Automatic")), "outputs.copyrightClearance", "cannot be approved automatically" },
    };

    [Theory]
    [MemberData(nameof(InvalidRules))]
    public async Task An_invalid_new_rule_is_refused_naming_the_field(string @case, JsonObject rule, string field, string mention)
    {
        Assert.NotEmpty(@case);
        await Refused(c => c.PostAsJsonAsync("/api/profile-rules", rule), field, mention);
    }

    [Theory]
    [MemberData(nameof(InvalidRules))]
    public async Task An_invalid_replacement_of_the_default_rule_is_refused_naming_the_field(string @case, JsonObject rule, string field, string mention)
    {
        Assert.NotEmpty(@case);
        var id = (await Host.Client.DefaultRuleAsync()).Id;
        await Refused(c => c.PutRuleAsync(id, rule), field, mention);
    }

    [Fact]
    public async Task Every_problem_of_a_rule_is_named_at_once()
    {
        var rule = Rule("Many problems", outputs: Outputs("DocumentDeliveryAttachment", maxAccessCount: 2, approval: true),
            conditions: [Condition("userGroup", "equals", "Staff"), Condition("userGroup", "equals", "Faculty")]);
        var problem = await Refused(c => c.PostAsJsonAsync("/api/profile-rules", rule), "conditions[1].values", "Staff");
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("outputs.maxAccessCount"));
        Assert.True(errors.ContainsKey("outputs.approvalManagement"));

        // An unreadable condition leaves no contradiction to find, but the others are still checked alone.
        var unreadable = Rule("Unreadable", conditions: [Condition("colour", "equals", "red"), Condition("scope", "equals", "full", "partial")]);
        problem = await Refused(c => c.PostAsJsonAsync("/api/profile-rules", unreadable), "conditions[1].values", "exactly one value");
        Assert.True(problem["errors"]!.AsObject().ContainsKey("conditions[0].field"));
    }

    [Fact]
    public async Task A_rule_with_a_missing_body_or_malformed_json_is_refused()
    {
        var before = await Host.SnapshotAsync();
        await (await Host.Client.PostAsync("/api/profile-rules", new StringContent("", System.Text.Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await Host.Client.PostAsync("/api/profile-rules", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest, "JSON");
        Assert.Equal(before, await Host.SnapshotAsync());
    }

    private Task RefusedWithoutChange(Func<Task<HttpResponseMessage>> call, HttpStatusCode status, params string[] mentions) =>
        Host.RefusedWithoutChangeAsync(call, status, mentions);

    private HttpClient Client => Host.Client;

    [Fact]
    public async Task The_default_rule_cannot_be_deleted()
    {
        var rule = await Client.DefaultRuleAsync();
        await RefusedWithoutChange(() => Client.DeleteAsync($"/api/profile-rules/{rule.Id}"), HttpStatusCode.Conflict, DefaultRuleName, "cannot be deleted");
    }

    [Fact]
    public async Task The_default_rule_cannot_be_disabled()
    {
        var rule = await Client.DefaultRuleAsync();
        var body = rule.AsBody();
        body["enabled"] = false;
        var before = await Host.SnapshotAsync();
        var problem = await (await Client.PutRuleAsync(rule.Id, body)).ProblemAsync(HttpStatusCode.BadRequest, "cannot be disabled");
        Assert.True(problem["errors"]!.AsObject().ContainsKey("enabled"));
        Assert.Equal(before, await Host.SnapshotAsync());
    }

    [Fact]
    public async Task The_default_rule_keeps_no_conditions_and_its_name()
    {
        var rule = await Client.DefaultRuleAsync();
        var withCondition = rule.AsBody();
        withCondition["conditions"] = new JsonArray(Condition("userGroup", "equals", "Staff"));
        await RefusedWithoutChange(() => Client.PutRuleAsync(rule.Id, withCondition), HttpStatusCode.BadRequest, "conditions", "matches every request");

        var renamed = rule.AsBody();
        renamed["name"] = "Fallback";
        await RefusedWithoutChange(() => Client.PutRuleAsync(rule.Id, renamed), HttpStatusCode.BadRequest, "name", "keeps its name");
    }

    [Fact]
    public async Task An_unknown_rule_is_not_found()
    {
        await RefusedWithoutChange(() => Client.GetAsync("/api/profile-rules/9999"), HttpStatusCode.NotFound, "9999");
        await RefusedWithoutChange(() => Client.PutRuleAsync(9999, Rule("Nowhere")), HttpStatusCode.NotFound, "9999");
        await RefusedWithoutChange(() => Client.DeleteAsync("/api/profile-rules/9999"), HttpStatusCode.NotFound, "9999");
    }

    public static TheoryData<string, JsonObject> ValidRules => new()
    {
        { "overlapping in lists", With(Condition("library", "in", "MAIN", "LAW"), Condition("library", "in", "LAW", "MED")) },
        { "equals X and notEquals Y", With(Condition("userGroup", "equals", "Staff"), Condition("userGroup", "notEquals", "Faculty")) },
        { "notIn on an open field", With(Condition("location", "notIn", "RARE", "ARCH"), Condition("location", "notEquals", "GEN")) },
        { "scope notIn one value", With(Condition("scope", "notIn", "FULL")) },
        { "no conditions", With() },
        { "link with a count, blocking approval and clearance", Rule("Link and clearance",
            outputs: Outputs("DocumentDeliveryLink", maxAccessCount: 1, approval: false, copyrightClearance: true, approvalManagement: "Blocks")) },
        { "automatic approval with a reason in another case", Rule("Open access",
            outputs: Outputs("DigitalInventory", approval: true, approvalManagement: "AutomaticallyApproved", approvalReason: "open access")) },
    };

    /// <summary>The checks refuse only what cannot work: these are accepted (and removed again, leaving the host as it was).</summary>
    [Theory]
    [MemberData(nameof(ValidRules))]
    public async Task A_rule_that_can_match_is_accepted(string @case, JsonObject rule)
    {
        rule["name"] = $"Valid: {@case}";
        var before = await Host.SnapshotAsync();
        var created = await (await Host.Client.PostAsJsonAsync("/api/profile-rules", rule)).ReadAsync<ProfileRuleView>(HttpStatusCode.Created);
        if (created.Outputs.ApprovalReason is { } reason) Assert.Equal("Open Access", reason);
        Assert.Equal(HttpStatusCode.NoContent, (await Host.Client.DeleteAsync($"/api/profile-rules/{created.Id}")).StatusCode);
        Assert.Equal(before, await Host.SnapshotAsync());
    }
}
