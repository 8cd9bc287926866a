namespace Library.Moves;

/// <summary>One line of a move request's history.</summary>
public sealed class MoveStatusChange
{
    /// <summary>Given by the database in insertion order, which is the order of the history (times can tie).</summary>
    public long Id { get; set; }
    public Guid MoveRequestId { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }

    /// <summary>Null for the entry that created the request.</summary>
    public MoveStatus? From { get; set; }

    public MoveStatus To { get; set; }
    public string? Note { get; set; }
}
