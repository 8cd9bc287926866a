using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Digitization;

/// <summary>The cancellation reasons of digitization and the lending rejection reasons, as plain JSON arrays.</summary>
public sealed class ReasonListTests : HostTest
{
    [Fact]
    public async Task Once_cancel_reasons_are_configured_a_cancel_must_give_one_of_them()
    {
        var request = await Client.CreateAsync();
        Assert.Empty(await (await Client.GetAsync("/api/requests/cancel-reasons")).ReadAsync<List<string>>(HttpStatusCode.OK));

        string[] reasons = ["Patron no longer needs it", "Copyright does not allow it"];
        Assert.Equal(reasons, await (await Client.PutAsJsonAsync("/api/requests/cancel-reasons", reasons)).ReadAsync<List<string>>(HttpStatusCode.OK));
        Assert.Equal(reasons, await (await Client.GetAsync("/api/requests/cancel-reasons")).ReadAsync<List<string>>(HttpStatusCode.OK));

        await RefusedWithoutChange(() => Client.CancelAsync(request.Id, "Item is missing"), HttpStatusCode.BadRequest,
            "reason", "Patron no longer needs it", "Copyright does not allow it");
        var cancelled = await (await Client.CancelAsync(request.Id, "copyright does not allow it", "Asked by e-mail")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal("copyright does not allow it", cancelled.Cancellation!.Reason);
    }

    [Fact]
    public async Task Without_configured_cancel_reasons_the_reason_is_free_text()
    {
        var request = await Client.CreateAsync();
        var cancelled = await (await Client.CancelAsync(request.Id, "Duplicate of another request")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal("Duplicate of another request", cancelled.Cancellation!.Reason);
    }

    [Fact]
    public async Task Only_an_administrator_replaces_a_list_and_a_bad_list_changes_nothing()
    {
        var woo = await Host.StaffAsync("woo", ("Work Order Operator", [Api.Department]));
        await RefusedWithoutChange(() => woo.PutAsJsonAsync("/api/requests/cancel-reasons", new[] { "A" }), HttpStatusCode.Forbidden);
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/requests/cancel-reasons", new[] { "A", "a" }), HttpStatusCode.BadRequest, "more than once");
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/requests/cancel-reasons", new[] { " " }), HttpStatusCode.BadRequest, "blank");
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/lending-requests/reject-reasons", Array.Empty<string>()), HttpStatusCode.BadRequest, "cannot be empty");
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/requests/cancel-reasons", new { reasons = new[] { "A" } }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_lending_reject_reasons_are_the_lending_rejection_list()
    {
        var seeded = await (await Client.GetAsync("/api/lending-reasons/rejection")).ReadAsync<LendingReasonsBody>(HttpStatusCode.OK);
        Assert.Equal(seeded.Reasons, await (await Client.GetAsync("/api/lending-requests/reject-reasons")).ReadAsync<List<string>>(HttpStatusCode.OK));

        string[] replaced = ["Not available", "Too fragile to lend"];
        await (await Client.PutAsJsonAsync("/api/lending-requests/reject-reasons", replaced)).ReadAsync<List<string>>(HttpStatusCode.OK);
        Assert.Equal(replaced, (await (await Client.GetAsync("/api/lending-reasons/rejection")).ReadAsync<LendingReasonsBody>(HttpStatusCode.OK)).Reasons);
    }
}
