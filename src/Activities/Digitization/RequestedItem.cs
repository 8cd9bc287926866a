namespace Library.Digitization;

public sealed class RequestedItem
{
    public required string Barcode { get; set; }
    public required string Title { get; set; }
    public required string Library { get; set; }
    public required string Location { get; set; }
    public string? MaterialType { get; set; }
}
