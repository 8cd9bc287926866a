using System.Net;
using Library.Host.Contracts;
using Library.Lending;
using Library.Moves;

namespace Library.Tests;

/// <summary>A lending request's "Create move request": the move runs as its child and its end shows as an alert.</summary>
public sealed class LendingLinkTests : HostTest
{
    private static object ToResourceSharing => new { library = "MAIN", location = "RS", note = "for ILL-2026-0042" };

    [Fact]
    public async Task A_moved_item_is_shipped_returned_and_checked_in()
    {
        var created = await Client.CreateLendingAsync();
        var moving = await Client.ActAsync(created.Id, "move-request", ToResourceSharing);
        Assert.Equal(LendingStatus.LendingRequestCreated, moving.Status);
        var alert = Assert.Single(moving.Alerts);
        Assert.Equal("Move request in process", alert.Message);
        Assert.Contains("child", moving.Workflow!.WaitingFor);

        var move = await (await Client.GetAsync($"/api/move-requests/{alert.LinkedRequestId}")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal((MoveStatus.InTransit, "39001000999", "LAW", "RES"), (move.Status, move.Barcode, move.From.Library, move.From.Location));

        var scanned = await (await Client.ScanAtDeskAsync("39001000999", "MAIN", "RS")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal((alert.LinkedRequestId, MoveStatus.Completed), (scanned.Id, scanned.Status));
        var moved = await Client.GetLendingAsync(created.Id);
        Assert.Equal("Move request completed", Assert.Single(moved.Alerts).Message);
        Assert.Contains(moved.History, h => h.Note == "Move request completed");
        Assert.DoesNotContain("child", moved.Workflow!.WaitingFor);

        Assert.Equal(LendingStatus.ShippedPhysically, (await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment())).Status);
        Assert.Equal(LendingStatus.ReceivedByPartner, (await Client.ActAsync(created.Id, "received-by-partner")).Status);
        Assert.Equal(LendingStatus.ReturnedByPartner, (await Client.ActAsync(created.Id, "returned-by-partner")).Status);
        Assert.Equal(LendingStatus.RequestCompleted, (await Client.ActAsync(created.Id, "check-in")).Status);
    }

    [Fact]
    public async Task A_cancelled_move_shows_as_cancelled_and_a_second_move_may_start()
    {
        var created = await Client.CreateLendingAsync();
        var moveId = Assert.Single((await Client.ActAsync(created.Id, "move-request", ToResourceSharing)).Alerts).LinkedRequestId;
        var duplicate = await Client.LendingActionAsync(created.Id, "move-request", ToResourceSharing);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var cancel = await Client.PostAsync($"/api/move-requests/{moveId}/cancel",
            System.Net.Http.Json.JsonContent.Create(new { reason = "Partner withdrew the request" }));
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("Move request cancelled", Assert.Single((await Client.GetLendingAsync(created.Id)).Alerts).Message);

        var again = await Client.ActAsync(created.Id, "move-request", ToResourceSharing);
        Assert.Equal(["Move request cancelled", "Move request in process"], again.Alerts.Select(a => a.Message));
    }

    [Fact]
    public async Task A_move_to_where_the_item_already_is_completes_at_once()
    {
        var created = await Client.CreateLendingAsync();
        var moved = await Client.ActAsync(created.Id, "move-request", new { library = created.Item.Library, location = created.Item.Location });
        Assert.Equal("Move request completed", Assert.Single(moved.Alerts).Message);
    }

    [Fact]
    public async Task A_dismissed_alert_is_no_longer_shown_and_an_end_shows_it_again()
    {
        var created = await Client.CreateLendingAsync();
        var alert = Assert.Single((await Client.ActAsync(created.Id, "move-request", ToResourceSharing)).Alerts);

        Assert.Contains(created.Id, await ListedAsync("Move request in process"));
        var dismissed = await (await Client.PostAsync($"/api/lending-requests/{created.Id}/alerts/{alert.Id}/dismiss", null))
            .ReadAsync<LendingRequestView>(HttpStatusCode.OK);
        Assert.Empty(dismissed.Alerts);
        Assert.DoesNotContain(created.Id, await ListedAsync("Move request in process"));
        Assert.Equal(HttpStatusCode.NotFound,
            (await Client.PostAsync($"/api/lending-requests/{created.Id}/alerts/{Guid.NewGuid()}/dismiss", null)).StatusCode);

        await (await Client.ScanAtDeskAsync("39001000999", "MAIN", "RS")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal("Move request completed", Assert.Single((await Client.GetLendingAsync(created.Id)).Alerts).Message);
        Assert.Contains(created.Id, await ListedAsync("move request completed"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/lending-requests?alerts=Move%20request%20lost")).StatusCode);
    }

    private async Task<List<Guid>> ListedAsync(string alert) =>
        (await (await Client.GetAsync($"/api/lending-requests?alerts={Uri.EscapeDataString(alert)}")).ReadAsync<List<LendingRequestSummary>>(HttpStatusCode.OK))
        .Select(r => r.Id).ToList();

    [Fact]
    public async Task A_move_request_after_shipment_is_refused()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        var refused = await Client.LendingActionAsync(created.Id, "move-request", ToResourceSharing);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Empty((await Client.GetLendingAsync(created.Id)).Alerts);
    }
}
