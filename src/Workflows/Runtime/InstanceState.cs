using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.StateMachines;

namespace Workflows.Runtime;

/// <summary>The part of an instance that changes as it runs, stored as JSON on the instance row.</summary>
internal sealed class InstanceState
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [JsonPropertyName("variables")] public JsonObject Variables { get; init; } = [];

    /// <summary>Branches waiting right now: one entry per wait, holding the bookmarks it created.</summary>
    [JsonPropertyName("waits")] public List<OpenWait> Waits { get; init; } = [];

    /// <summary>For each join, the activities whose branches have arrived so far.</summary>
    [JsonPropertyName("joins")] public Dictionary<string, HashSet<string>> Joins { get; init; } = [];

    /// <summary>
    /// For a definition with merge modes: the connections followed whose target has not finished since (Elsa's tokens).
    /// Absent otherwise, so states of definitions without merge modes are what they were.
    /// </summary>
    [JsonPropertyName("tokens"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<FlowToken>? Tokens { get; set; }

    /// <summary>How many history entries the instance has, so the next one gets the following sequence number.</summary>
    [JsonPropertyName("historyLength")] public int HistoryLength { get; set; }

    /// <summary>
    /// Whether the instance ever started a child, so ending it looks for running children only when there can be
    /// some. Null in states written before the flag existed: those look.
    /// </summary>
    [JsonPropertyName("startedChildren")] public bool? StartedChildren { get; set; }

    /// <summary>For a state machine: its status and the status remembered for "$interrupted". Absent for a flowchart.</summary>
    [JsonPropertyName("machine"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public MachineStatus? Machine { get; set; }

    internal HashSet<string> ArriveAtJoin(string joinId, string from)
    {
        if (!Joins.TryGetValue(joinId, out var arrived)) Joins[joinId] = arrived = [];
        arrived.Add(from);
        return arrived;
    }

    internal void ClearJoin(string joinId) => Joins.Remove(joinId);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static InstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, Json) ?? throw new InvalidOperationException("Empty instance state.");
}
