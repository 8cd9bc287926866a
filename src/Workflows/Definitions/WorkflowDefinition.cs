using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Workflows.Definitions;

/// <summary>A flowchart: activities joined by connections from an activity's outcome to the next activity.</summary>
public sealed record WorkflowDefinition
{
    /// <summary>The longest id and name the store's columns hold.</summary>
    public const int MaxIdLength = 100, MaxNameLength = 200;

    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("version")] public int Version { get; init; }
    [JsonPropertyName("name")] public string Name { get; init; } = "";

    /// <summary>Variables and their initial values; the start input overrides them.</summary>
    [JsonPropertyName("variables")] public JsonObject Variables { get; init; } = [];

    [JsonPropertyName("activities")] public IReadOnlyList<ActivityNode> Activities { get; init; } = [];
    [JsonPropertyName("connections")] public IReadOnlyList<Connection> Connections { get; init; } = [];
}
