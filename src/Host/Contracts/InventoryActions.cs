using Library.Digitization;
using Library.Persistence;

namespace Library.Host.Contracts;

/// <summary>
/// The row actions <c>change-to-electronic</c> and <c>change-to-physical</c>: offered when the request may change now
/// (<see cref="InventoryChange.Refusal"/>) and the other inventory exists (<see cref="InventoryLookup"/>), read for a
/// whole page in one query each.
/// </summary>
public static class InventoryActions
{
    public const string ToElectronic = "change-to-electronic";
    public const string ToPhysical = "change-to-physical";

    /// <summary>What the actions are decided on, for one request.</summary>
    public sealed record Row(Guid Id, DigitizationStatus Status, DigitizationInventory Inventory, string Barcode, string? MmsId);

    /// <summary>
    /// The action of each request that has one (a request changes only to the inventory it is not), given the requests
    /// whose workflow waits for Next Step: only there does an electronic one change.
    /// </summary>
    public static async Task<Dictionary<Guid, string>> OfAsync(LibraryDbContext db, IReadOnlyCollection<Row> rows, IReadOnlySet<Guid> waitingForNextStep,
        CancellationToken ct)
    {
        var toElectronic = rows.Where(r => InventoryChange.Refusal(r.Inventory, r.Status, DigitizationInventory.Electronic) is null).ToList();
        var toPhysical = rows.Where(r => waitingForNextStep.Contains(r.Id)
                                         && InventoryChange.Refusal(r.Inventory, r.Status, DigitizationInventory.Physical) is null).ToList();
        var actions = new Dictionary<Guid, string>();
        if (toElectronic.Count > 0)
        {
            var represented = await db.WithElectronicInventoryAsync(toElectronic.Select(r => (r.Barcode, r.MmsId)).ToList(), ct);
            foreach (var row in toElectronic.Where(r => represented.Contains((r.Barcode, r.MmsId)))) actions[row.Id] = ToElectronic;
        }
        if (toPhysical.Count > 0)
        {
            var shelved = await db.WithPhysicalInventoryAsync(toPhysical.Select(r => r.Barcode).Distinct().ToList(), ct);
            foreach (var row in toPhysical.Where(r => shelved.Contains(r.Barcode))) actions[row.Id] = ToPhysical;
        }
        return actions;
    }
}
