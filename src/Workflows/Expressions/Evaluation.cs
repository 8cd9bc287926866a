using System.Text.Json.Nodes;

namespace Workflows.Expressions;

/// <summary>
/// What one evaluation gave: its value, and the variables the script set (through <c>setVariable</c>, an accessor such
/// as <c>setCounter</c>, or by assigning to <c>variables</c>), for the caller to write back into the instance.
/// </summary>
public sealed record Evaluation(JsonNode? Value, IReadOnlyDictionary<string, JsonNode?> Changed)
{
    public static readonly IReadOnlyDictionary<string, JsonNode?> NoChanges = new Dictionary<string, JsonNode?>();
}
