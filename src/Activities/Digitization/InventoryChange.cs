using System.Text.Json.Nodes;

namespace Library.Digitization;

/// <summary>
/// "Change to Electronic Digitization" and "Change to Physical Digitization" (Alma: Digitization Processing,
/// "Delivering Digitized Items"), carried to the wait the change interrupts. A physical request changes while its item
/// is still on its shelf (Pickup From Shelf): once it has left, it is on its way to the department, where digitizing it
/// is the shorter way. An electronic request changes while it waits for Next Step: after that its file is being
/// delivered. The workflow goes on from where a request of the new inventory starts: the department's digitization,
/// or the pickup from the shelf.
/// </summary>
public sealed record InventoryChange(DigitizationInventory To)
{
    private const string PayloadKey = "inventoryChange";

    /// <summary>Null when the request may change to <paramref name="to"/> now; otherwise why not, for a 409.</summary>
    public static string? Refusal(DigitizationInventory from, DigitizationStatus status, DigitizationInventory to) => from switch
    {
        _ when from == to => $"The request is already digitized from its {Named(to)} inventory",
        DigitizationInventory.Physical when status != DigitizationStatus.PickupFromShelf =>
            "Change to electronic is only valid while the item is on its shelf (Pickup From Shelf)",
        DigitizationInventory.Electronic when status != DigitizationStatus.Digitization =>
            "Change to physical is only valid while the request waits for Next Step (Digitization)",
        _ => null,
    };

    /// <summary>The wait the change interrupts: the item's scan-in, or Next Step.</summary>
    public string Bookmark => To == DigitizationInventory.Electronic ? DigitizationBookmarks.ScanIn : DigitizationBookmarks.NextStep;

    public JsonObject ToPayload() => new() { [PayloadKey] = new JsonObject { ["to"] = Named(To) } };

    public static InventoryChange? From(JsonObject? payload) =>
        payload?[PayloadKey] is JsonObject change && Enum.TryParse<DigitizationInventory>(change["to"]?.GetValue<string>(), true, out var to)
            ? new InventoryChange(to)
            : null;

    /// <summary>The action as staff choose it, for messages.</summary>
    public string Action => $"Change to {Named(To)}";

    /// <summary>The outcome the interrupted wait answers with, named after the inventory the request changes to.</summary>
    public string Outcome => To.ToString();

    /// <summary>The history's note for the wait the change resumed.</summary>
    public string Describe() => $"Changed to {Named(To)} digitization";

    public static string Named(DigitizationInventory inventory) => inventory == DigitizationInventory.Electronic ? "electronic" : "physical";
}
