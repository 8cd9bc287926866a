using Library.Moves;

namespace Library.Host.Contracts;

/// <summary>A row of the move requests list: where the item goes, not the history.</summary>
public sealed record MoveRequestSummary(
    Guid Id, MoveRequestType Type, MoveStatus Status, string Barcode, ShelfBody From, DestinationBody To,
    Guid? LendingRequestId, DateTime CreatedAt, DateTime UpdatedAt);
