namespace Library.Catalogue;

/// <summary>
/// A physical item the institution holds, found by barcode. A minimal catalogue, seeded from
/// <c>seed-data/item-catalogue.json</c>, so that a lending request can locate the resource it asks for.
/// </summary>
public sealed class CatalogueItem
{
    public required string Barcode { get; set; }
    public required string Title { get; set; }
    public string? Author { get; set; }
    public string? Isbn { get; set; }
    public required string Library { get; set; }
    public required string Location { get; set; }
}
