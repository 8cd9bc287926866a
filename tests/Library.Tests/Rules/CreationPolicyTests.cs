using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Tests.Infrastructure;

namespace Library.Tests.Rules;

/// <summary>Creating a request over HTTP obeys the library's setup, and a refusal writes nothing.</summary>
public sealed class CreationPolicyTests : HostTest
{
    private async Task RefusedAsync(JsonObject body, HttpStatusCode status, params string[] mentions)
    {
        var before = await Host.SnapshotAsync();
        await (await Client.PostAsJsonAsync("/api/digitization-requests", body)).ProblemAsync(status, mentions);
        Assert.Equal(before, await Host.SnapshotAsync());
    }

    private Task<HttpResponseMessage> SetLimitAsync(string group, int? max) =>
        Client.PutAsJsonAsync($"/api/patron-limits/{group}", new { maxDigitizationRequests = max });

    [Fact]
    public async Task A_group_with_limit_zero_may_not_request()
    {
        (await SetLimitAsync("Undergraduate", 0)).EnsureSuccessStatusCode();
        await RefusedAsync(Api.NewRequest(), HttpStatusCode.Forbidden, "Undergraduate", "0");
    }

    [Fact]
    public async Task A_patron_at_the_limit_is_refused_until_a_request_closes()
    {
        (await SetLimitAsync("Undergraduate", 2)).EnsureSuccessStatusCode();
        var first = await Client.CreateAsync();
        await Client.CreateAsync(Api.NewRequest(barcode: "2"));
        await RefusedAsync(Api.NewRequest(barcode: "3"), HttpStatusCode.Forbidden, "2");

        await (await Client.CancelAsync(first.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var third = await Client.CreateAsync(Api.NewRequest(barcode: "3"));
        Assert.Equal(DigitizationStatus.PickupFromShelf, third.Status);
    }

    [Fact]
    public async Task An_unknown_department_names_the_field()
    {
        var body = Api.NewRequest();
        body["department"] = "NOWHERE";
        await RefusedAsync(body, HttpStatusCode.BadRequest, "department", "NOWHERE", "DIGI_DEPT_INST");
    }

    [Fact]
    public async Task A_group_without_document_delivery_cannot_have_a_file_sent()
    {
        var body = Api.NewRequest();
        body["requester"]!["userGroup"] = "Alumni";
        await RefusedAsync(body, HttpStatusCode.Forbidden, "Alumni");
    }

    [Fact]
    public async Task The_request_records_the_rule_that_routed_it_and_staff_requests_can_be_routed_apart()
    {
        var rule = await Client.AddRuleAsync("DocumentDeliveryLink", maxAccessCount: 5, userGroup: "Staff", name: "Staff get links");
        var staff = Api.NewRequest();
        staff["requester"]!["userGroup"] = "Staff";
        staff["requester"]!["type"] = "staff";

        var routed = await Client.CreateAsync(staff);
        var byDefault = await Client.CreateAsync(Api.NewRequest(barcode: "9"));

        Assert.Equal("Staff get links", routed.Rule.Name);
        Assert.Equal(rule["id"]!.GetValue<int>(), routed.Rule.Id);
        Assert.Equal(5, routed.Rule.MaxAccessCount);
        Assert.Equal("staff", routed.Requester.Type);
        Assert.Equal("Default Digitization Rule", byDefault.Rule.Name);
    }
}
