using Library.Digitization;
using Library.Moves;

namespace Library.Host.Contracts;

/// <summary>Where a digitization request's item is, as the request page shows it.</summary>
public enum ItemWhereabouts
{
    OnShelf,
    InTransitToDepartment,
    AtDepartment,
    /// <summary>Back from the department, on its way to the circulation desk.</summary>
    InTransitToDesk,
    /// <summary>Scanned in at the circulation desk, on its way to its shelf.</summary>
    AtDesk,
    Missing,
    /// <summary>Staff cancelled the move taking it back; it was last seen at <see cref="ItemWhereaboutsView.Place"/>.</summary>
    ReturnCancelled,
    /// <summary>A request completed before the item's way back was tracked (its workflow version had none).</summary>
    Unknown,
    /// <summary>An electronic request, digitized from the repository: no item moves for it.</summary>
    NotMoved,
}

/// <summary>
/// Where the item is (<see cref="Place"/>: a shelving location <c>LIB/LOC</c>, a desk or department code) and, while it
/// moves, where it goes; the move request that takes it back from the department, once there is one.
/// </summary>
public sealed record ItemWhereaboutsView(ItemWhereabouts Kind, string? Place, string? Destination, Guid? MoveRequestId)
{
    /// <summary>
    /// From <paramref name="back"/>, the latest move that takes the item back, when there is one (the request may have
    /// ended before the item is back), else from the request's status and the catalogue's missing flag.
    /// </summary>
    public static ItemWhereaboutsView Of(DigitizationRequest request, MoveRequest? back, bool missing)
    {
        if (back is not null) return OfReturn(back);
        var shelf = $"{request.Item.Library}/{request.Item.Location}";
        return request.Status switch
        {
            _ when missing => new(ItemWhereabouts.Missing, null, null, null),
            _ when request.Inventory == DigitizationInventory.Electronic => new(ItemWhereabouts.NotMoved, null, null, null),
            DigitizationStatus.InTransit => new(ItemWhereabouts.InTransitToDepartment, null, request.Department, null),
            DigitizationStatus.Digitization or DigitizationStatus.DocumentDelivery or DigitizationStatus.DigitalInventory =>
                new(ItemWhereabouts.AtDepartment, request.Department, null, null),
            DigitizationStatus.Completed => new(ItemWhereabouts.Unknown, null, null, null),
            // Pickup From Shelf, and a request that ended before its item left the shelf.
            _ => new(ItemWhereabouts.OnShelf, shelf, null, null),
        };
    }

    private static ItemWhereaboutsView OfReturn(MoveRequest move)
    {
        var lastSeen = move.ViaReachedAt is null ? move.From.Key : move.ViaDesk;
        return move.Status switch
        {
            MoveStatus.Completed => new(ItemWhereabouts.OnShelf, move.To.Key, null, move.Id),
            MoveStatus.Cancelled => new(ItemWhereabouts.ReturnCancelled, lastSeen, null, move.Id),
            _ when move.ViaReachedAt is null && move.ViaDesk is { } desk => new(ItemWhereabouts.InTransitToDesk, null, desk, move.Id),
            _ => new(ItemWhereabouts.AtDesk, move.ViaDesk, move.To.Key, move.Id),
        };
    }
}
