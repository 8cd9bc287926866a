using System.ComponentModel;
using Library.Persistence;
using Workflows.Activities;

namespace Library.Digitization;

/// <summary>
/// Makes the request one of the inventory given, after staff changed it (<see cref="InventoryChange"/>): an electronic
/// request is digitized from the representation found for its record, a physical one from its item.
/// </summary>
[Description("Changes what the request is digitized from.")]
public sealed class ChangeInventory(LibraryDbContext db) : Activity
{
    public required Input<DigitizationInventory> Inventory { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        var to = context.Get(Inventory);
        // Active representations are never deleted, so the one the change was allowed for is still there.
        request.SourceRepresentationId = to == DigitizationInventory.Electronic
            ? await db.ElectronicInventoryOfAsync(request.Item, context.CancellationToken)
              ?? throw new InvalidOperationException($"The repository has no representation of item {request.Item.Barcode} to digitize from.")
            : null;
        request.Inventory = to;
        request.UpdatedAt = context.UtcNow;
        context.Note = request.SourceRepresentationId is { } source
            ? $"Digitized from representation {source}"
            : $"Digitized from item {request.Item.Barcode}";
        return ActivityResult.Done;
    }
}
