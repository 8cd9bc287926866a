using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.Definitions;

namespace Workflows.StateMachines;

/// <summary>What a new instance runs before its first status, and the status (or statuses, by outcome) it enters.</summary>
public sealed record MachineStart
{
    [JsonPropertyName("run")] public IReadOnlyList<ActivityNode>? Run { get; init; }

    /// <summary>A status name, or an object from the deciding activity's outcomes to status names.</summary>
    [JsonPropertyName("to")] public JsonNode? To { get; init; }
}
