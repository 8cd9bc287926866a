namespace Workflows.Definitions;

/// <summary>A definition that cannot run; the message names its source and every problem found.</summary>
public sealed class InvalidDefinitionException(string source, IReadOnlyList<string> problems)
    : Exception($"Workflow definition '{source}' is invalid: {string.Join("; ", problems)}")
{
    public string FileName { get; } = source;
    public IReadOnlyList<string> Problems { get; } = problems;
}
