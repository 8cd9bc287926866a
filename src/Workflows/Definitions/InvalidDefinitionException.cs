namespace Workflows.Definitions;

/// <summary>A definition that cannot run; the message names its source and every problem found.</summary>
public sealed class InvalidDefinitionException(string source, IReadOnlyList<DefinitionProblem> problems)
    : Exception($"Workflow definition '{source}' is invalid: {string.Join("; ", problems)}")
{
    public string FileName { get; } = source;
    public IReadOnlyList<DefinitionProblem> Problems { get; } = problems;
}
