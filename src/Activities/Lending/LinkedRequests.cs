using Library.Moves;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>
/// The child workflows a lending request starts, and what their ends do to it. Both happen inside the lending
/// workflow's own step, so the child's request, the child instance and the alert commit together.
/// </summary>
public sealed class LinkedRequests(LibraryDbContext db, MoveRequests moves)
{
    /// <summary>
    /// "Create move request": the item goes from where the catalogue has it now (the partner's request may name an
    /// older place) to the resource-sharing place.
    /// </summary>
    public async Task StartMoveAsync(LendingRequest request, Place to, string? note, ActivityContext context)
    {
        var item = await db.CatalogueItems.AsNoTracking().SingleAsync(i => i.Barcode == request.Item.Barcode, context.CancellationToken);
        var from = Place.Shelf(item.Library, item.Location);
        var move = moves.Record(new NewMove(request.Item.Barcode, from, to, Note: note), context.Actor, context.UtcNow);
        var child = await context.StartChildAsync(MoveRequests.WorkflowId, MoveRequests.WorkflowInput(move.Id));
        request.Alerts.Add(new LendingAlert
        {
            Kind = LinkedRequestKind.Move, State = LinkedRequestState.InProcess,
            ChildInstanceId = child, LinkedRequestId = move.Id, UpdatedAt = context.UtcNow,
        });
    }

    /// <summary>The bookmarks through which the children still running report their end (the runtime's RunWorkflow bookmark).</summary>
    public static IEnumerable<BookmarkRequest> EndsAwaited(LendingRequest request) =>
        request.Alerts.Where(a => a.State == LinkedRequestState.InProcess)
            .Select(a => new BookmarkRequest(RunWorkflow.BookmarkName, a.ChildInstanceId.ToString()));

    /// <summary>A child ended: its alert says how, and shows again even if staff dismissed the "in process" one.</summary>
    public static LendingAlert Ended(LendingRequest request, Resumption resumption, DateTime now)
    {
        var alert = request.Alerts.Single(a => a.ChildInstanceId.ToString() == resumption.Key);
        var cancelled = resumption.Payload?["cancelled"]?.GetValue<bool>() == true;
        alert.State = cancelled ? LinkedRequestState.Cancelled : LinkedRequestState.Completed;
        alert.Dismissed = false;
        alert.UpdatedAt = now;
        request.UpdatedAt = now;
        return alert;
    }
}
