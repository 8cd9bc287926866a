namespace Workflows.Definitions;

/// <summary>
/// Why a definition cannot run. <see cref="ActivityId"/> names the activity the problem is about, so a designer can
/// show it on that node; null when it concerns the definition as a whole.
/// </summary>
public sealed record DefinitionProblem(string? ActivityId, string Message)
{
    /// <summary>The key of problems that concern no single activity.</summary>
    public const string DefinitionKey = "definition";

    public string Key => ActivityId ?? DefinitionKey;

    public static DefinitionProblem OfDefinition(string message) => new(null, message);

    public override string ToString() => Message;
}
