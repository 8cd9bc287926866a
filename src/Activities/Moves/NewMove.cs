using Library.Lending;

namespace Library.Moves;

/// <summary>
/// What a move request asks for: an item, where it is, where it goes, optionally the issue wanted, and the lending
/// request it serves when one started it.
/// </summary>
public sealed record NewMove(string Barcode, Place From, Place To, string? ManualDescription = null, string? Note = null,
    LendingReference? ForLending = null);
