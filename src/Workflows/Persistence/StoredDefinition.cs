namespace Workflows.Persistence;

/// <summary>One version of a workflow definition as imported from a file or published by the designer.</summary>
internal sealed class StoredDefinition
{
    public long Id { get; set; }
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public required string Json { get; set; }

    /// <summary>SHA-256 of the definition's content, so an unchanged file does not become a new version.</summary>
    public required string ContentHash { get; set; }

    public required string Source { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Whether new instances start on this version; at most one version of a definition is (a unique index says so).</summary>
    public bool IsActive { get; set; }

    /// <summary>When this version was last made the active one; null for a draft, which never was.</summary>
    public DateTime? ActivatedAt { get; set; }

    public string? ActivatedBy { get; set; }
}
