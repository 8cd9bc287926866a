using System.ComponentModel;
using Library.Persistence;
using Library.Scanning;
using Workflows.Activities;

namespace Library.Moves;

/// <summary>Waits until the item's barcode is scanned in at the move's destination; scans anywhere else are not for it.</summary>
[Description("Waits until the item is scanned in at the move's destination.")]
[WaitsFor(MoveBookmarks.Arrival)]
public sealed class AwaitArrival(LibraryDbContext db) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var move = await db.MoveOfAsync(context);
        context.Note = $"waits for item {move.Barcode} at {move.To}";
        return ActivityResult.Wait(new BookmarkRequest(MoveBookmarks.Arrival, MoveBookmarks.ArrivalKey(move.Barcode, move.To)));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        var scan = ScanPayload.From(resumption.Payload);
        var place = scan.Department is { } desk ? Place.AtDesk(desk) : Place.Shelf(scan.Library!, scan.Location!);
        context.SetReason($"Scanned in at {place} (station {scan.StationId})");
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
