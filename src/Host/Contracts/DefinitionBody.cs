using Library.Host.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Definitions;

namespace Library.Host.Contracts;

/// <summary>
/// A definition the designer sends. It is read by the same <see cref="DefinitionReader"/> as the definition files,
/// so both are held to the same rules, and its 400 keys each problem by the activity it is about (else
/// <c>definition</c>) so the designer can show it on that node.
/// </summary>
public static class DefinitionBody
{
    public static async Task<(WorkflowDefinition? Definition, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest http, DefinitionReader reader, CancellationToken ct)
    {
        if (!http.HasJsonContentType())
            return (null, ApiProblems.Invalid(DefinitionProblem.DefinitionKey, "Send the definition as JSON (Content-Type: application/json)."));
        using var body = new StreamReader(http.Body);
        var check = reader.Check(await body.ReadToEndAsync(ct));
        return check.IsValid ? (check.Definition, null) : (null, Problem(check.Problems));
    }

    /// <summary>A 400 listing every problem, keyed by the activity it is about; <paramref name="refusal"/> leads the detail.</summary>
    public static ProblemHttpResult Problem(IReadOnlyList<DefinitionProblem> problems, string refusal = "The definition cannot run") =>
        ApiProblems.Invalid(
            problems.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            $"{refusal}: {string.Join("; ", problems)}.");
}
