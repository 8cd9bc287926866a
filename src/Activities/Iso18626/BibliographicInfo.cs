namespace Library.Iso18626;

/// <summary>What is asked for. <see cref="SupplierUniqueRecordId"/> is the supplier's own id (a record id or barcode).</summary>
public sealed record BibliographicInfo(
    string? SupplierUniqueRecordId = null,
    string? Title = null,
    string? Author = null,
    string? Volume = null,
    string? Issue = null,
    string? PagesRequested = null,
    IReadOnlyList<BibliographicItemId>? BibliographicItemIds = null)
{
    public IReadOnlyList<BibliographicItemId> BibliographicItemIds { get; init; } = BibliographicItemIds ?? [];
}
