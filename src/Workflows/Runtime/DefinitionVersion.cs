namespace Workflows.Runtime;

/// <summary>A stored version of a definition, as its list shows it; <see cref="Source"/> names the file or the designer account it came from.</summary>
public sealed record DefinitionVersion(string Id, int Version, string Name, bool Published, string Source, DateTime CreatedAt);
