using System.Text.Json.Serialization;

namespace Workflows.Runtime;

/// <summary>
/// A connection that was followed and whose target has not finished since: what merge modes are decided by, as in
/// Elsa's token flow. The target finishing consumes it (it is dropped).
/// </summary>
internal sealed record FlowToken(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("to")] string To);
