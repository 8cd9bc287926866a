using System.Net;
using System.Net.Http.Json;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Moves;
using Library.Tests.Infrastructure;
using Workflows.Persistence;

namespace Library.Tests.DigitizationItems;

/// <summary>
/// The item's way back (Alma's French digitization tutorial: once the request is completed the item goes back to the
/// circulation desk, is scanned there, then goes back to its permanent location): a move request linked to the
/// request, through the library's circulation desk, and the request's <c>whereabouts</c> all along.
/// </summary>
public sealed class ItemWayBackTests : HostTest
{
    private const string Shelf = "MAIN/GEN";
    private const string Desk = "MAIN_CIRC";

    private async Task<ItemWhereaboutsView> WhereaboutsAsync(Guid id) => (await Client.GetRequestAsync(id)).Whereabouts;

    private async Task<MoveRequestView> MoveAsync(Guid id) =>
        await (await Client.GetAsync($"/api/move-requests/{id}")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);

    [Fact]
    public async Task After_completion_the_item_goes_through_the_circulation_desk_back_to_its_shelf()
    {
        var request = await Client.CreateAsync();
        Assert.Equal(new ItemWhereaboutsView(ItemWhereabouts.OnShelf, Shelf, null, null), request.Whereabouts);
        await (await Client.ScanAtDeskAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(new ItemWhereaboutsView(ItemWhereabouts.InTransitToDepartment, null, Api.Department, null), await WhereaboutsAsync(request.Id));
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(new ItemWhereaboutsView(ItemWhereabouts.AtDepartment, Api.Department, null, null), await WhereaboutsAsync(request.Id));
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.AttachAsync(request.Id, Api.FileOf(256))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);

        // The request completes at once; the item's way back goes on without it.
        var completed = await (await Client.DoneAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((DigitizationStatus.Completed, WorkflowStatus.Finished), (completed.Status, completed.Workflow?.Status));
        var moveId = completed.Whereabouts.MoveRequestId!.Value;
        Assert.Equal(new ItemWhereaboutsView(ItemWhereabouts.InTransitToDesk, null, Desk, moveId), completed.Whereabouts);
        Assert.Contains(completed.History, h => h.Activity == "return-completed" && h.Note!.Contains($"through circulation desk {Desk}"));
        var move = await MoveAsync(moveId);
        Assert.Equal((MoveStatus.InTransit, Api.Barcode, new DestinationBody(null, null, Api.Department), new DestinationBody("MAIN", "GEN", null)),
            (move.Status, move.Barcode, move.From, move.To));
        Assert.Equal(request.Id, move.DigitizationRequestId);
        var listed = await (await Client.GetAsync($"/api/move-requests?barcode={Api.Barcode}")).ReadAsync<MoveRequestPage>(HttpStatusCode.OK);
        Assert.Equal(request.Id, Assert.Single(listed.Items, m => m.Id == moveId).DigitizationRequestId);

        // The shelf before the desk is not the way: nothing waits for the item there yet.
        await (await Client.ScanAtDeskAsync(location: "GEN")).ProblemAsync(HttpStatusCode.Conflict, Api.Barcode);

        await (await Client.ScanAtDepartmentAsync(department: Desk, station: "circ-1")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal(new ItemWhereaboutsView(ItemWhereabouts.AtDesk, Desk, Shelf, moveId), await WhereaboutsAsync(request.Id));
        Assert.Equal(MoveStatus.InTransit, (await MoveAsync(moveId)).Status);

        var arrived = await (await Client.ScanAtDeskAsync(location: "GEN")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal(MoveStatus.Completed, arrived.Status);
        Assert.Equal(new ItemWhereaboutsView(ItemWhereabouts.OnShelf, Shelf, null, moveId), await WhereaboutsAsync(request.Id));
        Assert.Equal(DigitizationStatus.Completed, (await Client.GetRequestAsync(request.Id)).Status);
    }

    [Fact]
    public async Task A_request_cancelled_at_the_department_sends_the_item_back_and_one_cancelled_before_keeps_it_on_the_shelf()
    {
        var atDepartment = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var cancelled = await (await Client.CancelAsync(atDepartment.Id, "Patron no longer needs it")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(ItemWhereabouts.InTransitToDesk, cancelled.Whereabouts.Kind);
        Assert.Equal(MoveStatus.InTransit, (await MoveAsync(cancelled.Whereabouts.MoveRequestId!.Value)).Status);

        var onShelf = await Client.CreateAsync(Api.NewRequest(barcode: "39001000456"));
        var early = await (await Client.CancelAsync(onShelf.Id, "Patron no longer needs it")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(new ItemWhereaboutsView(ItemWhereabouts.OnShelf, Shelf, null, null), early.Whereabouts);
        Assert.Contains(early.History, h => h.Activity == "return-cancelled" && h.Note!.Contains("nothing to return"));
    }

    [Fact]
    public async Task A_missing_item_is_shown_missing()
    {
        var request = await Client.CreateAsync();
        var missing = await (await Client.PostAsJsonAsync($"/api/requests/{request.Id}/mark-missing", new { note = (string?)null }))
            .ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(new ItemWhereaboutsView(ItemWhereabouts.Missing, null, null, null), missing.Whereabouts);
    }
}

/// <summary>A library's own circulation desk, configured under <c>Returns:CirculationDesks</c>.</summary>
public sealed class ConfiguredReturnDeskTests : HostTest
{
    public override Task InitializeAsync()
    {
        Host = LibraryHost.Start(new Dictionary<string, string?> { ["Returns:CirculationDesks:MAIN"] = "MAIN_LOAN_DESK" });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_item_returns_through_the_configured_desk()
    {
        var request = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var cancelled = await (await Client.CancelAsync(request.Id, "Patron no longer needs it")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((ItemWhereabouts.InTransitToDesk, "MAIN_LOAN_DESK"), (cancelled.Whereabouts.Kind, cancelled.Whereabouts.Destination));
    }
}
