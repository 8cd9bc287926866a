using System.ComponentModel;
using Library.Persistence;
using Library.Scanning;
using Workflows.Activities;

namespace Library.Moves;

/// <summary>
/// Waits until the item's barcode is scanned in at the move's destination; scans anywhere else are not for it. With
/// <see cref="Via"/>, waits instead for the scan at the desk the move passes through, and passes at once for a move that
/// goes straight to its destination.
/// </summary>
[Description("Waits until the item is scanned in at the move's destination, or at the desk on its way.")]
[WaitsFor(MoveBookmarks.Arrival)]
public sealed class AwaitArrival(LibraryDbContext db) : Activity
{
    [Description("True to wait at the desk the move passes through (nothing to wait for when it has none).")]
    public Input<bool>? Via { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var move = await db.MoveOfAsync(context);
        if (!context.Get(Via, false))
        {
            context.Note = $"waits for item {move.Barcode} at {move.To}";
            return ActivityResult.Wait(new BookmarkRequest(MoveBookmarks.Arrival, MoveBookmarks.ArrivalKey(move.Barcode, move.To)));
        }
        if (move.ViaDesk is not { } desk) return ActivityResult.Done;
        context.Note = $"waits for item {move.Barcode} at desk {desk}, on its way to {move.To}";
        return ActivityResult.Wait(new BookmarkRequest(MoveBookmarks.Arrival, MoveBookmarks.ArrivalKey(move.Barcode, Place.AtDesk(desk))));
    }

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        var scan = ScanPayload.From(resumption.Payload);
        var place = scan.Department is { } desk ? Place.AtDesk(desk) : Place.Shelf(scan.Library!, scan.Location!);
        if (context.Get(Via, false))
        {
            var move = await db.MoveOfAsync(context);
            move.ViaReachedAt = context.UtcNow;
            move.UpdatedAt = context.UtcNow;
            context.Note = $"Scanned in at {place} (station {scan.StationId}), on its way to {move.To}";
            return ActivityResult.Done;
        }
        context.SetReason($"Scanned in at {place} (station {scan.StationId})");
        return ActivityResult.Done;
    }
}
