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

    /// <summary>
    /// In the activities a state machine's action runs: the outcome of the deciding activity this one runs on (it is
    /// skipped on the others), so each answer can run activities of its own. Null runs it whatever the outcome; a
    /// flowchart connects outcomes instead.
    /// </summary>
    [JsonPropertyName("on"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? On { get; init; }

    /// <summary>
    /// How a flowchart activity with several inbound connections runs (<see cref="Definitions.MergeMode"/>, by name);
    /// null runs it on every arrival. Ignored on a Join, whose mode decides.
    /// </summary>
    [JsonPropertyName("mergeMode"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? MergeMode { get; init; }

    /// <summary>Where the designer draws the node; ignored by the runtime.</summary>
    [JsonPropertyName("position")] public JsonObject? Position { get; init; }
}
