using System.Text.Json.Nodes;

namespace Library.Digitization;

/// <summary>
/// "Mark missing": the requested item could not be found, so the request is cancelled with <see cref="Reason"/> and the
/// catalogue's item is flagged missing. Alma: Digitization Processing lists no reason for it (its cancellation reasons
/// are customized per institution), so the reason is the plain sentence staff would pick.
/// </summary>
public static class MissingItem
{
    public const string Reason = "Item is missing";

    /// <summary>The cancellation payload's flag that asks <see cref="AwaitCancellation"/> to flag the item too.</summary>
    public const string PayloadFlag = "missing";

    /// <summary>Mark missing is for an item not yet at the department: one on its shelf or on its way there.</summary>
    public static bool CanBeMarked(DigitizationStatus status) => status is DigitizationStatus.PickupFromShelf or DigitizationStatus.InTransit;

    public static JsonObject CancellationPayload(string? note) => new() { ["reason"] = Reason, ["note"] = note, [PayloadFlag] = true };
}
