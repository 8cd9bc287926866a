namespace Library.Catalogue;

/// <summary>
/// A physical item the institution holds, found by barcode: the catalogue a lending request locates the resource it
/// asks for in. Seeded on first run from <c>seed-data/item-catalogue.json</c>; staff edit it and import files into it.
/// </summary>
public sealed class CatalogueItem
{
    public required string Barcode { get; set; }
    public required string Title { get; set; }
    public string? Author { get; set; }
    public string? Isbn { get; set; }
    public string? Issn { get; set; }

    /// <summary>The bibliographic record the item belongs to (Alma's MMS id); a request for it inherits the id.</summary>
    public string? MmsId { get; set; }

    /// <summary>The volume and issue of a serial's item, as its description in Alma gives them.</summary>
    public string? Volume { get; set; }

    public string? Issue { get; set; }
    public required string Library { get; set; }
    public required string Location { get; set; }

    /// <summary>Alma's material type code, such as <c>BOOK</c> or <c>ISSUE</c>.</summary>
    public string? MaterialType { get; set; }

    /// <summary>
    /// When staff reported the item missing (a digitization request's Mark missing); null while it is where the
    /// catalogue says, and again once it was found.
    /// </summary>
    public DateTime? MissingSince { get; set; }

    /// <summary>
    /// Flags the item missing, unless it is already, and returns its history line; the caller adds the line, so the
    /// flag and its record commit together.
    /// </summary>
    public ItemHistoryEntry? MarkMissing(string actor, DateTime at, string? note, Guid requestId)
    {
        if (MissingSince is not null) return null;
        MissingSince = at;
        return new ItemHistoryEntry { Barcode = Barcode, Event = ItemEvent.MarkedMissing, At = at, Actor = actor, Note = note, RequestId = requestId };
    }

    /// <summary>Clears the missing flag and returns the history line saying who found the item; only for a missing item.</summary>
    public ItemHistoryEntry Found(string actor, DateTime at, string? note)
    {
        if (MissingSince is null) throw new InvalidOperationException($"Item {Barcode} is not missing.");
        MissingSince = null;
        return new ItemHistoryEntry { Barcode = Barcode, Event = ItemEvent.Found, At = at, Actor = actor, Note = note };
    }
}
