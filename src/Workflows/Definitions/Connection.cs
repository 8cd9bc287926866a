using System.Text.Json.Serialization;

namespace Workflows.Definitions;

/// <summary>When <see cref="Source"/> ends with <see cref="Outcome"/>, <see cref="Target"/> runs next.</summary>
public sealed record Connection
{
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("outcome")] public string Outcome { get; init; } = Activities.Outcomes.Done;
    [JsonPropertyName("target")] public string Target { get; init; } = "";
}
