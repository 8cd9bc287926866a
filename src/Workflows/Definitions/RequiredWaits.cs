namespace Workflows.Definitions;

/// <summary>
/// The waits each definition must keep, by definition id: an application that resumes instances by bookmark name
/// relies on every version it starts still waiting there. <see cref="DefinitionReader"/> refuses a definition that
/// lost one, so the designer cannot publish it nor a file import it.
/// </summary>
public sealed class RequiredWaits(IReadOnlyDictionary<string, IReadOnlyList<RequiredWait>> byDefinition)
{
    public static RequiredWaits None { get; } = new(new Dictionary<string, IReadOnlyList<RequiredWait>>());

    public IReadOnlyList<RequiredWait> Of(string definitionId) => byDefinition.GetValueOrDefault(definitionId) ?? [];
}
