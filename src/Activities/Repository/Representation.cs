namespace Library.Repository;

/// <summary>
/// A digital representation of an item in the institution's repository (Digital Inventory). It stays inactive
/// while its request awaits approval.
/// </summary>
public sealed class Representation
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public required string Barcode { get; set; }
    public required string Title { get; set; }

    /// <summary>The bibliographic record's MMS id, as the request that made it had it: an electronic inventory of that record.</summary>
    public string? MmsId { get; set; }

    public required string UsageType { get; set; }
    public required string Library { get; set; }
    public string? AccessRightsPolicy { get; set; }
    public bool Remote { get; set; }
    public bool Active { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public List<RepresentationFile> Files { get; set; } = [];
}
