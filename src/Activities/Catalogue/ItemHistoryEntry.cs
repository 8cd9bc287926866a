namespace Library.Catalogue;

/// <summary>What happened to a catalogue item's missing flag.</summary>
public enum ItemEvent
{
    /// <summary>A digitization request's Mark missing flagged it.</summary>
    MarkedMissing,

    /// <summary>Staff found it again, and the flag was cleared.</summary>
    Found,
}

/// <summary>
/// One line of a catalogue item's history: who flagged it missing or found it again, when, and why; kept after the flag
/// is cleared, so the item's record shows that it was once lost.
/// </summary>
public sealed class ItemHistoryEntry
{
    public const int MaxNoteLength = 2000;

    /// <summary>Given by the database in insertion order, which is the order of the history (times can tie).</summary>
    public long Id { get; set; }

    public required string Barcode { get; set; }
    public ItemEvent Event { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public string? Note { get; set; }

    /// <summary>The digitization request whose Mark missing flagged the item; null for a find.</summary>
    public Guid? RequestId { get; set; }
}
