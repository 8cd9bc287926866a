namespace Library.Digitization;

/// <summary>
/// A digitization request as a patron or staff member asked for it, before the library's policy decides on it. No
/// <paramref name="Inventory"/> lets the repository decide: electronic when the item's record has only a representation.
/// </summary>
public sealed record NewDigitizationRequest(
    Requester Requester, RequestedItem Item, DigitizationScope Scope, RequestedPart? Part, string Department, string? Note,
    DigitizationInventory? Inventory = null);
