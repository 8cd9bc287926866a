namespace Library.Repository;

/// <summary>A representation whose files are already in the store, as the add action hands it to the workflow.</summary>
public sealed record NewRepresentation(Guid Id, string UsageType, string Library, string? AccessRightsPolicy, bool Remote, IReadOnlyList<StoredFile> Files);
