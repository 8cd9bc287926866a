namespace Library.Host.Contracts;

/// <summary>
/// The item, and optionally its record's identifiers, by which "Filter by this Record" finds the requests for the same
/// record: the MMS id, an ISBN (10 or 13 digits), or an ISSN with the volume and issue.
/// </summary>
public sealed record ItemBody(string Barcode, string Title, string Library, string Location, string? MaterialType,
    string? MmsId = null, string? Isbn = null, string? Issn = null, string? Volume = null, string? Issue = null);
