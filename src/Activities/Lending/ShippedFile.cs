namespace Library.Lending;

/// <summary>A stored file sent to the partner, attached to the shipment letter.</summary>
public sealed class ShippedFile
{
    /// <summary>A digitization's attachment keeps its own id, so the files list in the order they were attached.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required string StoragePath { get; set; }
}
