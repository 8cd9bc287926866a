using Workflows.Runtime;

namespace Library.Host.Contracts;

/// <summary>
/// A stored version of a workflow definition. <see cref="Source"/> is the file it was imported from or
/// <c>designer:&lt;account&gt;</c> (<c>elsa:&lt;account&gt;</c> when imported from Elsa JSON); <see cref="State"/> whether new instances start on it (active), did just before
/// (previous: what a rollback activates), did earlier (retired), or never did (draft). <see cref="Published"/>, kept
/// for older clients, is whether it ever was active.
/// </summary>
public sealed record DefinitionSummary(
    string Id, int Version, string Name, bool Published, string Source, DateTime CreatedAt, DefinitionState State, DateTime? ActivatedAt,
    string? ActivatedBy)
{
    public static DefinitionSummary Of(DefinitionVersion v) =>
        new(v.Id, v.Version, v.Name, v.State != DefinitionState.Draft, v.Source, v.CreatedAt, v.State, v.ActivatedAt, v.ActivatedBy);
}
