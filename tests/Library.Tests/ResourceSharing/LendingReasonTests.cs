using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;

namespace Library.Tests.ResourceSharing;

/// <summary>The configurable lending reason lists, and the actions that take their reasons from them.</summary>
public sealed class LendingReasonTests : HostTest
{
    [Fact]
    public async Task Reject_takes_its_reason_from_the_rejection_list_as_configured()
    {
        var created = await Client.CreateLendingAsync();
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "reject", new { reason = "Lost in the post" }),
            HttpStatusCode.BadRequest, "reason", "lending rejection reasons", "Not available for loan");

        var list = await (await Client.PutAsJsonAsync("/api/lending-reasons/rejection", new { reasons = new[] { "Lost in the post", "Other" } }))
            .ReadAsync<LendingReasonsBody>(HttpStatusCode.OK);
        Assert.Equal(["Lost in the post", "Other"], list.Reasons);
        Assert.Equal(["Lost in the post", "Other"], (await Client.GetFromJsonAsync<LendingReasonListsView>("/api/lending-reasons", LibraryHost.Json))!.Rejection);
        var rejected = await Client.ActAsync(created.Id, "reject", new { reason = "Lost in the post" });
        Assert.Equal(("Lost in the post", (string?)null), (rejected.RejectionReason, rejected.InternalRejectionReason));
    }

    [Fact]
    public async Task An_internal_rejection_reason_comes_from_its_own_list()
    {
        var created = await Client.CreateLendingAsync();
        await RefusedWithoutChange(
            () => Client.LendingActionAsync(created.Id, "reject", new { reason = "Other", internalReason = "Not on the list" }),
            HttpStatusCode.BadRequest, "internalReason", "internal rejection reasons", "Too fragile to ship");
        var rejected = await Client.ActAsync(created.Id, "reject", new { reason = "other", internalReason = "Too fragile to ship" });
        Assert.Contains(rejected.History, h => h.Note?.Contains("internal reason Too fragile to ship") == true);
    }

    [Fact]
    public async Task The_rejection_list_cannot_be_emptied_and_a_list_has_no_repeats()
    {
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/lending-reasons/rejection", new { reasons = Array.Empty<string>() }),
            HttpStatusCode.BadRequest, "reasons", "cannot be empty");
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/lending-reasons/cancellation", new { reasons = new[] { "Twice", "twice" } }),
            HttpStatusCode.BadRequest, "more than once");
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/lending-reasons/cancellation", new { reasons = new[] { " " } }),
            HttpStatusCode.BadRequest, "blank");
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/lending-reasons/borrowing", new { reasons = new[] { "Any" } }),
            HttpStatusCode.NotFound, "rejection, internal-rejection or cancellation");
        Assert.Empty((await (await Client.PutAsJsonAsync("/api/lending-reasons/internal-rejection", new { reasons = Array.Empty<string>() }))
            .ReadAsync<LendingReasonsBody>(HttpStatusCode.OK)).Reasons);
    }

    [Fact]
    public async Task Accepting_a_cancellation_may_give_a_reason_from_the_cancellation_list()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "cancel-requested");
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "cancel-reply", new { accept = true, reason = "Because" }),
            HttpStatusCode.BadRequest, "reason", "cancellation reasons", "No longer needed");
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "cancel-reply", new { accept = false, reason = "No longer needed" }),
            HttpStatusCode.BadRequest, "only when accepting");
        var cancelled = await Client.ActAsync(created.Id, "cancel-reply", new { accept = true, reason = "No longer needed" });
        Assert.Equal(LendingStatus.Cancelled, cancelled.Status);
        Assert.Contains(cancelled.History, h => h.Note?.Contains("cancellation accepted, reason No longer needed") == true);
    }

    [Fact]
    public async Task Staff_read_the_lists_and_only_administrators_change_them()
    {
        var operatorClient = await Host.StaffAsync("olga", ("Fulfillment Services Operator", []));
        var lists = await operatorClient.GetFromJsonAsync<LendingReasonListsView>("/api/lending-reasons", LibraryHost.Json);
        Assert.Contains("Not available for loan", lists!.Rejection);
        Assert.Equal(lists.Cancellation, (await operatorClient.GetFromJsonAsync<LendingReasonsBody>("/api/lending-reasons/cancellation", LibraryHost.Json))!.Reasons);
        await RefusedWithoutChange(() => operatorClient.PutAsJsonAsync("/api/lending-reasons/rejection", new { reasons = new[] { "Mine" } }), HttpStatusCode.Forbidden);
    }
}
