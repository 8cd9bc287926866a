using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Workflows.Definitions;

/// <summary>One activity of a flowchart: its id within the definition, its registered type and its inputs.</summary>
public sealed record ActivityNode
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("type")] public string Type { get; init; } = "";

    /// <summary>Input values: a JSON literal, or <c>{ "expression": "..." }</c> evaluated over the variables.</summary>
    [JsonPropertyName("inputs")] public JsonObject Inputs { get; init; } = [];

    /// <summary>Where the designer draws the node; ignored by the runtime.</summary>
    [JsonPropertyName("position")] public JsonObject? Position { get; init; }
}
