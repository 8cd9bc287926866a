using Library.Moves;

namespace Library.Host.Contracts;

/// <summary>A row of the move requests list: where the item goes, not the history.</summary>
public sealed record MoveRequestSummary(
    Guid Id, MoveRequestType Type, MoveStatus Status, string Barcode, DestinationBody From, DestinationBody To,
    Guid? LendingRequestId, Guid? DigitizationRequestId, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>A page of the move requests list, oldest first, and how many match in all.</summary>
public sealed record MoveRequestPage(int Total, int Page, int PageSize, IReadOnlyList<MoveRequestSummary> Items);
