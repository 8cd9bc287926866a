using System.ComponentModel;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Workflows.Activities;

namespace Library.Digitization;

/// <summary>
/// Waits, beside the main path, for staff to cancel the request; records the reason when they do. A cancellation
/// because the item is missing (<see cref="MissingItem"/>) also flags the catalogue's item, in the same commit, so
/// the request is never cancelled for an item the catalogue still shows as there.
/// </summary>
[Description("Waits for the request to be cancelled.")]
[WaitsFor(DigitizationBookmarks.CancelRequest)]
public sealed class AwaitCancellation(LibraryDbContext db) : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(DigitizationBookmarks.CancelRequest, context.CorrelationId!)));

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        request.CancellationReason = resumption.Payload?["reason"]?.GetValue<string>();
        request.CancellationNote = resumption.Payload?["note"]?.GetValue<string>();
        context.Note = request.CancellationNote is null
            ? $"Cancelled: {request.CancellationReason}"
            : $"Cancelled: {request.CancellationReason} ({request.CancellationNote})";
        if (resumption.Payload?[MissingItem.PayloadFlag]?.GetValue<bool>() == true)
            context.Note += "; " + await FlagMissingAsync(request, context);
        return ActivityResult.Done;
    }

    /// <summary>The item's own history records the flag too, since it outlives the request.</summary>
    private async Task<string> FlagMissingAsync(DigitizationRequest request, ActivityContext context)
    {
        var barcode = request.Item.Barcode;
        var item = await db.CatalogueItems.SingleOrDefaultAsync(i => i.Barcode == barcode, context.CancellationToken);
        if (item is null) return $"item {barcode} is not in the catalogue, so nothing was flagged missing";
        if (item.MarkMissing(context.Actor, context.UtcNow, request.CancellationNote, request.Id) is { } line) db.ItemHistory.Add(line);
        return $"item {barcode} flagged missing in the catalogue";
    }
}
