using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Rules;

/// <summary>Electronic document delivery rules over HTTP: the seeded rule, round trips, unique names (other refusals: <see cref="SetupValidationTests"/>).</summary>
public sealed class DocumentDeliveryRuleTests : HostTest
{
    private async Task RefusedWithoutChange(Func<Task<HttpResponseMessage>> call, HttpStatusCode status, string? field, string mention)
    {
        var before = await Host.SnapshotAsync();
        var problem = await (await call()).ProblemAsync(status, mention);
        if (field is not null) Assert.True(problem["errors"]?.AsObject().ContainsKey(field), $"errors should name '{field}': {problem.ToJsonString()}");
        Assert.Equal(before, await Host.SnapshotAsync());
    }

    [Fact]
    public async Task The_seeded_rule_lets_the_patron_groups_receive_delivery()
    {
        var rule = Assert.Single(await Client.DeliveryRulesAsync());
        Assert.Equal("Patrons may receive document delivery", rule.Name);
        Assert.True(rule.Enabled);
        Assert.Equal(["Undergraduate", "Graduate", "Faculty", "Staff"], rule.UserGroups);
    }

    [Fact]
    public async Task A_rule_is_created_read_replaced_and_deleted()
    {
        var response = await Client.PostAsJsonAsync("/api/document-delivery-rules",
            new { name = "Visitors", description = "Walk-in readers", userGroups = new[] { "Visitor", "Alumni", "visitor" } });
        var created = await response.ReadAsync<DocumentDeliveryRuleView>(HttpStatusCode.Created);
        Assert.Equal($"/api/document-delivery-rules/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.True(created.Enabled);
        Assert.Equal(["Visitor", "Alumni"], created.UserGroups);

        var replaced = await (await Client.PutAsJsonAsync($"/api/document-delivery-rules/{created.Id}",
            new { name = "Visitors (paused)", enabled = false, userGroups = new[] { "Visitor" } })).ReadAsync<DocumentDeliveryRuleView>(HttpStatusCode.OK);
        Assert.Equal(new DocumentDeliveryRuleView(created.Id, "Visitors (paused)", "", false, replaced.UserGroups), replaced);
        Assert.Equal(["Visitor"], replaced.UserGroups);
        var read = await (await Client.GetAsync($"/api/document-delivery-rules/{created.Id}")).ReadAsync<DocumentDeliveryRuleView>(HttpStatusCode.OK);
        Assert.False(read.Enabled);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/document-delivery-rules/{created.Id}")).StatusCode);
        await (await Client.GetAsync($"/api/document-delivery-rules/{created.Id}")).ProblemAsync(HttpStatusCode.NotFound, created.Id.ToString());
        Assert.Single(await Client.DeliveryRulesAsync());
    }

    [Fact]
    public async Task A_name_already_used_is_refused()
    {
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/document-delivery-rules",
            new { name = "PATRONS MAY RECEIVE DOCUMENT DELIVERY", userGroups = new[] { "Guest" } }), HttpStatusCode.BadRequest, "name", "already used");
        var seeded = Assert.Single(await Client.DeliveryRulesAsync());
        await (await Client.PutAsJsonAsync($"/api/document-delivery-rules/{seeded.Id}", new { name = seeded.Name, userGroups = new[] { "Staff" } }))
            .ReadAsync<DocumentDeliveryRuleView>(HttpStatusCode.OK);
    }
}
