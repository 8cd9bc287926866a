using System.Text.Json.Nodes;

namespace Workflows.Activities;

/// <summary>
/// An activity input as the definition gives it: a JSON literal, or an expression evaluated over the instance's
/// variables when the activity runs. Read it with <see cref="ActivityContext.Get{T}(Input{T})"/>.
/// </summary>
public sealed class Input<T>
{
    internal Input(JsonNode? literal, string? expression)
    {
        Literal = literal;
        Expression = expression;
    }

    internal JsonNode? Literal { get; }
    internal string? Expression { get; }

    internal static Input<T> FromJson(JsonNode? value) =>
        value is JsonObject o && o.Count == 1 && o["expression"] is JsonValue e && e.TryGetValue<string>(out var text)
            ? new Input<T>(null, text)
            : new Input<T>(value?.DeepClone(), null);
}
