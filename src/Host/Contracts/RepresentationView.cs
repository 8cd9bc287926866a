namespace Library.Host.Contracts;

public sealed record RepresentationView(Guid Id, Guid RequestId, string Barcode, string? MmsId, string Title, string UsageType, string Library,
    string? AccessRightsPolicy, bool Remote, bool Active, DateTime CreatedAt, string CreatedBy, IReadOnlyList<RepresentationFileView> Files)
{
    /// <summary>Where "View it" opens the representation (<c>GET /api/repository/representations/{id}/view</c>).</summary>
    public static string ViewUrl(Guid id) => $"/api/repository/representations/{id}/view";
}
