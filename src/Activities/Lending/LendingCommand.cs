namespace Library.Lending;

/// <summary>One action with what staff entered for it; fields an action does not use stay null.</summary>
public sealed record LendingCommand(
    LendingAction Action,
    string? InternalNote = null,
    string? PartnerNote = null,
    DateOnly? DueDate = null,
    IReadOnlyList<string>? Barcodes = null,
    string? Reason = null,
    DateOnly? ReplyBy = null,
    bool? Accept = null,
    string? Operator = null,
    string? Subject = null,
    string? Body = null,
    bool CompleteRequest = false,
    DigitalShipment? Shipment = null,
    Moves.Place? MoveTo = null,
    string? Department = null,
    string? InternalReason = null);
