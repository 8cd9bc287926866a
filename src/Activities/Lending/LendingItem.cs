namespace Library.Lending;

public sealed class LendingItem
{
    public required string Barcode { get; set; }
    public required string Title { get; set; }
    public string? Author { get; set; }
    public string? Isbn { get; set; }
    public required string Library { get; set; }
    public required string Location { get; set; }

    /// <summary>Whether the barcode was found in the catalogue when the request came in.</summary>
    public bool Located { get; set; }
}
