using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// An Elsa definition translated: ours and the child definitions it runs, whether Elsa had it published, and every
/// reason it cannot be imported (then nothing may be stored).
/// </summary>
public sealed record ElsaImport(WorkflowDefinition? Definition, IReadOnlyList<WorkflowDefinition> Children, bool Publish, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool IsTranslated => Problems.Count == 0;

    /// <summary>The definition and then its children checked as the store checks them; a child's problems name the child.</summary>
    public IReadOnlyList<DefinitionProblem> Validate(DefinitionReader reader)
    {
        if (!IsTranslated) return Problems;
        var problems = reader.Validate(Definition!).ToList();
        foreach (var child in Children)
            problems.AddRange(reader.Validate(child).Select(p => p with { Message = $"in '{child.Id}': {p.Message}" }));
        return problems;
    }
}
