using System.Text.Json.Serialization;

namespace Library.Lending;

/// <summary>
/// One action with what staff entered for it; fields an action does not use stay null. <see cref="Action"/> is the name
/// of the lending definition's action: one of <see cref="LendingAction"/>, which the C# gives a meaning of its own, or
/// one a published version added, which is a plain status change with its notes.
/// </summary>
public sealed record LendingCommand(
    string Action,
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
    string? InternalReason = null)
{
    /// <summary>The action as the C# knows it; null for one only the definition names.</summary>
    [JsonIgnore]
    public LendingAction? Known => EnumNames<LendingAction>.TryParse(Action, out var known) ? known : null;
}
