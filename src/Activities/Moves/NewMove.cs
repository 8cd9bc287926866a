using Library.Lending;

namespace Library.Moves;

/// <summary>
/// What a move request asks for: an item, where it is, where it goes (optionally through a desk on the way), optionally
/// the issue wanted, and the lending or digitization request it serves when one started it.
/// </summary>
public sealed record NewMove(string Barcode, Place From, Place To, string? ManualDescription = null, string? Note = null,
    LendingReference? ForLending = null, string? ViaDesk = null, Guid? ForDigitization = null);
