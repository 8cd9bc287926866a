namespace Library.Host.Contracts;

public sealed record RepresentationView(Guid Id, Guid RequestId, string Barcode, string Title, string UsageType, string Library,
    string? AccessRightsPolicy, bool Remote, bool Active, DateTime CreatedAt, string CreatedBy, IReadOnlyList<RepresentationFileView> Files);
