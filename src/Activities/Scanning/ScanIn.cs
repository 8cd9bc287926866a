using System.ComponentModel;
using Library.Digitization;
using Workflows.Activities;

namespace Library.Scanning;

/// <summary>
/// Waits for the item's barcode to be scanned: at the request's department it has arrived; at any desk or shelf
/// location on the way it is in transit, and the wait goes on. Staff changing the request to electronic digitization
/// ends the wait: the item is no longer needed (<see cref="InventoryChange"/>).
/// </summary>
[Description("Waits until the item is scanned in at the department.")]
[Outcomes(Arrived, InTransit, Electronic)]
[WaitsFor(DigitizationBookmarks.ScanIn, DigitizationBookmarks.ItemInTransit)]
public sealed class ScanIn : Activity
{
    public const string Arrived = "Arrived";
    public const string InTransit = "InTransit";
    public const string Electronic = nameof(DigitizationInventory.Electronic);

    public required Input<string> Barcode { get; init; }
    public required Input<string> Department { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var barcode = context.Get(Barcode);
        return ValueTask.FromResult(ActivityResult.Wait(
            new BookmarkRequest(DigitizationBookmarks.ScanIn, DigitizationBookmarks.ScanInKey(barcode, context.Get(Department))),
            new BookmarkRequest(DigitizationBookmarks.ItemInTransit, barcode)));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        if (InventoryChange.From(resumption.Payload) is { To: DigitizationInventory.Electronic } toElectronic)
        {
            context.Note = toElectronic.Describe();
            return ValueTask.FromResult(ActivityResult.Outcome(Electronic));
        }
        if (StatusChange.From(resumption.Payload) is { } change)
        {
            context.Note = change.Describe();
            return ValueTask.FromResult(ActivityResult.Outcome(Arrived));
        }
        var scan = ScanPayload.From(resumption.Payload);
        if (resumption.BookmarkName == DigitizationBookmarks.ScanIn)
        {
            context.Note = $"Scanned in at department {scan.Department} (station {scan.StationId})";
            return ValueTask.FromResult(ActivityResult.Outcome(Arrived));
        }
        context.Note = $"Scanned at {scan.Library}/{scan.Location} (station {scan.StationId}), on its way to {context.Get(Department)}";
        return ValueTask.FromResult(ActivityResult.Outcome(InTransit));
    }
}
