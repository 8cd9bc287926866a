using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Workflows.StateMachines;

/// <summary>A status of a state machine, the group the designer draws it in, and the timers that run while it lasts.</summary>
public sealed record MachineState
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("group")] public string? Group { get; init; }

    /// <summary>The process is over here: an instance that reaches it with no action open ends.</summary>
    [JsonPropertyName("final")] public bool? Final { get; init; }

    [JsonPropertyName("timers")] public IReadOnlyList<MachineTimer>? Timers { get; init; }

    /// <summary>Where the designer draws it; ignored by the runtime.</summary>
    [JsonPropertyName("position")] public JsonObject? Position { get; init; }

    public bool IsFinal => Final == true;
}
