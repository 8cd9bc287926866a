using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.StateMachines;

namespace Workflows.Definitions;

/// <summary>
/// A flowchart (activities joined by connections from an activity's outcome to the next activity) or, when
/// <see cref="Kind"/> says so, a state machine (statuses, and actions allowed from them that lead to others).
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>The longest id and name the store's columns hold.</summary>
    public const int MaxIdLength = 100, MaxNameLength = 200;

    /// <summary>The <see cref="Kind"/> of a state machine; a definition without one is a flowchart.</summary>
    public const string StateMachineKind = "stateMachine";

    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("version")] public int Version { get; init; }
    [JsonPropertyName("name")] public string Name { get; init; } = "";

    // Null for a flowchart and left out, so a flowchart's JSON and content hash are what they were before state machines.
    [JsonPropertyName("kind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Kind { get; init; }

    /// <summary>Variables and their initial values; the start input overrides them.</summary>
    [JsonPropertyName("variables")] public JsonObject Variables { get; init; } = [];

    [JsonPropertyName("activities")] public IReadOnlyList<ActivityNode> Activities { get; init; } = [];
    [JsonPropertyName("connections")] public IReadOnlyList<Connection> Connections { get; init; } = [];

    [JsonPropertyName("start"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public MachineStart? Start { get; init; }
    [JsonPropertyName("states"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<MachineState>? States { get; init; }
    [JsonPropertyName("actions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<MachineAction>? Actions { get; init; }

    public bool IsStateMachine() => Kind == StateMachineKind;
}
