using Workflows.Runtime;

namespace Library.Host.Contracts;

/// <summary>A stored version of a workflow definition; <see cref="Source"/> is the file it was imported from or <c>designer:&lt;account&gt;</c>.</summary>
public sealed record DefinitionSummary(string Id, int Version, string Name, bool Published, string Source, DateTime CreatedAt)
{
    public static DefinitionSummary Of(DefinitionVersion v) => new(v.Id, v.Version, v.Name, v.Published, v.Source, v.CreatedAt);
}
