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

    public bool IsPublished { get; set; }
    public required string Source { get; set; }
    public DateTime CreatedAt { get; set; }
}
