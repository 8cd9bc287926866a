namespace Library.Moves;

/// <summary>
/// A request to bring a physical item from where it is shelved to another location or to a desk, e.g. to the
/// resource-sharing library so that it can be shipped to a partner (Alma: Managing Resource Sharing Lending Requests,
/// "Create Move Request").
/// </summary>
public sealed class MoveRequest
{
    public Guid Id { get; set; }
    public MoveRequestType Type { get; set; }
    public required string Barcode { get; set; }
    public required Place From { get; set; }
    public required Place To { get; set; }

    /// <summary>The issue of a serial that is wanted; when given the request is a general hold request.</summary>
    public string? ManualDescription { get; set; }

    public string? Note { get; set; }

    /// <summary>The lending request whose "Create move request" started this one; null for a move staff created.</summary>
    public Guid? LendingRequestId { get; set; }

    /// <summary>The digitization request whose item this move takes back to its shelf; null for any other move.</summary>
    public Guid? DigitizationRequestId { get; set; }

    /// <summary>
    /// The desk the item is scanned in at on its way, before <see cref="To"/>: the circulation desk an item returning
    /// from digitization passes through. Null for a move straight to its destination.
    /// </summary>
    public string? ViaDesk { get; set; }

    /// <summary>When the item was scanned in at <see cref="ViaDesk"/>; null until then.</summary>
    public DateTime? ViaReachedAt { get; set; }

    public MoveStatus Status { get; set; }
    public string? CancellationReason { get; set; }
    public string? CancellationNote { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The first line of the request's history: it was created, in its first status.</summary>
    public MoveStatusChange Opened(string actor, string? note) => Line(null, Status, actor, CreatedAt, note);

    /// <summary>
    /// Moves to <paramref name="status"/> and returns the history line saying who did it, when and why; the
    /// caller adds it to the database, so the request's earlier history need not be loaded.
    /// </summary>
    public MoveStatusChange ChangeStatus(MoveStatus status, string actor, DateTime at, string? note)
    {
        var line = Line(Status, status, actor, at, note);
        Status = status;
        UpdatedAt = at;
        return line;
    }

    private MoveStatusChange Line(MoveStatus? from, MoveStatus to, string actor, DateTime at, string? note) =>
        new() { MoveRequestId = Id, At = at, Actor = actor, From = from, To = to, Note = note };
}
