using System.Text.Json.Serialization;

namespace Workflows.StateMachines;

/// <summary>A durable timer of a state: at the instant the variable <see cref="At"/> holds, <see cref="Action"/> is taken.</summary>
public sealed record MachineTimer
{
    [JsonPropertyName("at")] public string At { get; init; } = "";
    [JsonPropertyName("action")] public string Action { get; init; } = "";
}
