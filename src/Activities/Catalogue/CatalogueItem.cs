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
    public required string Library { get; set; }
    public required string Location { get; set; }

    /// <summary>Alma's material type code, such as <c>BOOK</c> or <c>ISSUE</c>.</summary>
    public string? MaterialType { get; set; }

    /// <summary>
    /// When staff reported the item missing (a digitization request's Mark missing); null while it is where the
    /// catalogue says.
    /// </summary>
    public DateTime? MissingSince { get; set; }
}
