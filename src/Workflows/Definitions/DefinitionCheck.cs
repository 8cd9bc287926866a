namespace Workflows.Definitions;

/// <summary>A definition as read from JSON: the definition when it can run, else every problem found.</summary>
public sealed record DefinitionCheck(WorkflowDefinition? Definition, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
