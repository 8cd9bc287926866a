using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Workflows.Definitions;

/// <summary>A flowchart: activities joined by connections from an activity's outcome to the next activity.</summary>
public sealed record WorkflowDefinition
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("version")] public int Version { get; init; }
    [JsonPropertyName("name")] public string Name { get; init; } = "";

    /// <summary>Variables and their initial values; the start input overrides them.</summary>
    [JsonPropertyName("variables")] public JsonObject Variables { get; init; } = [];

    [JsonPropertyName("activities")] public IReadOnlyList<ActivityNode> Activities { get; init; } = [];
    [JsonPropertyName("connections")] public IReadOnlyList<Connection> Connections { get; init; } = [];
}

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

/// <summary>When <see cref="Source"/> ends with <see cref="Outcome"/>, <see cref="Target"/> runs next.</summary>
public sealed record Connection
{
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("outcome")] public string Outcome { get; init; } = Activities.Outcomes.Done;
    [JsonPropertyName("target")] public string Target { get; init; } = "";
}
