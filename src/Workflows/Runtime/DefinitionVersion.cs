namespace Workflows.Runtime;

/// <summary>
/// A stored version of a definition, as its list shows it; <see cref="Source"/> names the file or the designer account
/// it came from, <see cref="ActivatedBy"/> who last made it the active version.
/// </summary>
public sealed record DefinitionVersion(
    string Id, int Version, string Name, DefinitionState State, string Source, DateTime CreatedAt, DateTime? ActivatedAt, string? ActivatedBy);
