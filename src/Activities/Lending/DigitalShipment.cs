namespace Library.Lending;

/// <summary>
/// What was sent for a digital shipment: stored files, an address to download from, or both. Staff ship one file or
/// address; a completed digitization ships every file it delivered, or its download link when its rule delivers by link.
/// </summary>
public sealed class DigitalShipment
{
    public List<ShippedFile> Files { get; set; } = [];
    public string? Url { get; set; }

    /// <summary>How many downloads the link allows; set when it is a digitization's delivery link with a limit.</summary>
    public int? MaxAccessCount { get; set; }

    /// <summary>When the link's files are removed; set when it is a digitization's delivery link.</summary>
    public DateTime? AvailableUntil { get; set; }

    public string? TermsOfUse { get; set; }

    /// <summary>The files by name, else the address: what the history says was sent.</summary>
    public override string ToString() => Files.Count > 0 ? string.Join(", ", Files.Select(f => f.FileName)) : Url ?? "";
}
