using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using static Library.Tests.Infrastructure.SetupApi;

namespace Library.Tests.Rules;

/// <summary>"Try a request" on the profile rules page: which rule routes a sample request and the path it takes, storing nothing.</summary>
public sealed class RuleTryTests : HostTest
{
    private static object Sample(string userGroup = "Undergraduate", string scope = "partial", string? requesterType = "patron", string? materialType = "Book") =>
        new { userGroup, library = "MAIN", location = "GEN", materialType, scope, requesterType };

    private async Task<RuleTryResult> TryAsync(object sample)
    {
        var before = await Host.SnapshotAsync();
        var result = await (await Client.PostAsJsonAsync("/api/profile-rules/try", sample)).ReadAsync<RuleTryResult>(HttpStatusCode.OK);
        Assert.Equal(before, await Host.SnapshotAsync());
        return result;
    }

    [Fact]
    public async Task Every_rule_tried_is_reported_in_order_with_its_failed_conditions_up_to_the_one_that_matches()
    {
        var staff = await Client.AddRuleAsync(Rule("Staff: link", 1, Outputs("DocumentDeliveryLink", maxAccessCount: 3),
            conditions: [Condition("userGroup", "in", "Staff", "Faculty"), Condition("scope", "equals", "full")]));
        var blocking = await Client.AddRuleAsync(Rule("Undergraduates: blocking approval with clearance", 2,
            Outputs("DocumentDeliveryAttachment", approval: true, copyrightClearance: true, approvalManagement: "Blocks"),
            conditions: Condition("userGroup", "equals", "Undergraduate")));
        var later = await Client.AddRuleAsync(Rule("Never reached", 3, conditions: Condition("library", "equals", "MAIN")));

        var result = await TryAsync(Sample());

        Assert.Equal(new RuleTryMatch(blocking.Id, blocking.Name, false, "DocumentDeliveryAttachment", null, true, true, "Blocks", null), result.Rule);
        Assert.Equal(
            [
                (staff.Id, "Staff: link", true, false, "userGroup in [Staff, Faculty] | scope equals 'full'"),
                (blocking.Id, blocking.Name, true, true, ""),
            ],
            result.Evaluated.Select(e => (e.Id, e.Name, e.Enabled, e.Matched, string.Join(" | ", e.FailedConditions))));
        Assert.DoesNotContain(result.Evaluated, e => e.Id == later.Id);
        Assert.Equal(
            [
                "Approval request: blocks the workflow until a manager decides",
                "Copyright clearance: the CC number, order date and approval date are required before approval",
                "Pickup From Shelf: the item is fetched from its location",
                "In Transit: on its way to the digitization department",
                "Digitization: scanned in at the department; Next Step once approved",
                "Document Delivery: the files are e-mailed to the requester as attachments",
                "Completed",
            ],
            result.Path);
    }

    [Fact]
    public async Task A_disabled_rule_whose_conditions_hold_is_tried_and_passed_over_for_the_default_rule()
    {
        // The shipped staff example is disabled; its only condition holds for a staff requester.
        var shipped = await Client.RulesAsync();
        var result = await TryAsync(Sample(userGroup: "Staff", requesterType: "staff"));

        Assert.Equal(shipped.Select(r => r.Id), result.Evaluated.Select(e => e.Id));
        var example = result.Evaluated.Single(e => e.Name == "Staff: link, parallel approval");
        Assert.Equal((false, false), (example.Enabled, example.Matched));
        Assert.Empty(example.FailedConditions);
        Assert.Equal([result.Evaluated[^1]], result.Evaluated.Where(e => e.Matched));
        Assert.Equal((DefaultRuleName, true), (result.Rule.Name, result.Rule.IsDefault));
        Assert.Equal("No approval request", result.Path[0]);
    }

    [Fact]
    public async Task The_path_names_a_link_with_its_download_limit_and_an_automatic_approval_with_its_reason()
    {
        await Client.AddRuleAsync(Rule("Faculty: link, parallel", 1, Outputs("DocumentDeliveryLink", maxAccessCount: 3, approval: true, approvalManagement: "Parallel"),
            conditions: Condition("userGroup", "equals", "Faculty")));
        await Client.AddRuleAsync(Rule("Graduates: repository, automatic", 1, Outputs("DigitalInventory", approval: true,
            approvalManagement: "AutomaticallyApproved", approvalReason: "Open Access"), conditions: Condition("userGroup", "equals", "Graduate")));

        var faculty = await TryAsync(Sample(userGroup: "faculty", scope: "FULL", requesterType: null, materialType: null));
        Assert.Equal(("DocumentDeliveryLink", 3, "Parallel"), (faculty.Rule.Target, faculty.Rule.MaxAccessCount, faculty.Rule.ApprovalManagement));
        Assert.Equal("Approval request: a manager decides while the item is digitized; delivery waits for the approval", faculty.Path[0]);
        Assert.Contains("Document Delivery: the requester is e-mailed a download link, at most 3 downloads", faculty.Path);

        var graduate = await TryAsync(Sample(userGroup: "Graduate"));
        Assert.Equal("Approval request: automatically approved (Open Access)", graduate.Path[0]);
        Assert.Contains("Digital Inventory: the files are added to the repository as a representation", graduate.Path);
        Assert.Equal("Open Access", graduate.Rule.ApprovalReason);
    }

    [Theory]
    [InlineData("{ \"library\": \"MAIN\", \"location\": \"GEN\", \"scope\": \"full\" }", "userGroup")]
    [InlineData("{ \"userGroup\": \"Staff\", \"location\": \"GEN\", \"scope\": \"full\" }", "library")]
    [InlineData("{ \"userGroup\": \"Staff\", \"library\": \"MAIN\", \"scope\": \"full\" }", "location")]
    [InlineData("{ \"userGroup\": \"Staff\", \"library\": \"MAIN\", \"location\": \"GEN\" }", "scope")]
    [InlineData("{ \"userGroup\": \"Staff\", \"library\": \"MAIN\", \"location\": \"GEN\", \"scope\": \"half\" }", "scope")]
    [InlineData("{ \"userGroup\": \"Staff\", \"library\": \"MAIN\", \"location\": \"GEN\", \"scope\": \"full\", \"requesterType\": \"robot\" }", "requesterType")]
    public async Task A_sample_missing_a_fact_or_with_an_unknown_value_is_400_naming_the_field(string body, string field)
    {
        var response = await Client.PostAsync("/api/profile-rules/try", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task A_missing_body_is_400() =>
        await (await Client.PostAsync("/api/profile-rules/try", null)).ProblemAsync(HttpStatusCode.BadRequest);
}
