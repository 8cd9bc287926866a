using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.Definitions;

namespace Workflows.StateMachines;

/// <summary>
/// An action of a state machine: the statuses it is allowed from, the gates that must hold, the activities it runs and
/// the status it leads to. <c>from</c>, <c>to</c> and <c>when</c> are kept as written (each has a short and a long
/// form), so a definition round-trips unchanged; <see cref="ActionTarget"/> and <see cref="ActionGate"/> read them.
/// </summary>
public sealed record MachineAction
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("label")] public string? Label { get; init; }

    /// <summary>A list of status names, one name, or "*" for every status.</summary>
    [JsonPropertyName("from")] public JsonNode? From { get; init; }

    /// <summary>Absent: the status stays. A status name, or an object from outcomes to a status, null (stay) or "$interrupted".</summary>
    [JsonPropertyName("to")] public JsonNode? To { get; init; }

    /// <summary>A gate (<c>{ "profile": "willSupplyStep" }</c>, optionally with <c>"equals": false</c>) or a list of gates.</summary>
    [JsonPropertyName("when")] public JsonNode? When { get; init; }

    [JsonPropertyName("run")] public IReadOnlyList<ActivityNode>? Run { get; init; }

    /// <summary>The status this action leaves is remembered, for a later target of "$interrupted".</summary>
    [JsonPropertyName("remember")] public bool? Remember { get; init; }

    /// <summary>
    /// The action a child workflow's end takes on its state-machine parent (the runtime takes it when the child ends;
    /// open it in every status where a child may still run, as an end while it is closed is lost); the payload is the
    /// child's variables, "cancelled" and <see cref="ChildPayload"/>.
    /// </summary>
    public const string ChildEnded = "child-ended";

    /// <summary>The payload field naming the child instance that ended.</summary>
    public const string ChildPayload = "child";

    /// <summary>The <c>from</c> meaning every status.</summary>
    public const string EveryStatus = "*";

    /// <summary>
    /// The statuses named in <c>from</c>, every one of <paramref name="states"/> for "*"; null when <c>from</c> is
    /// malformed.
    /// </summary>
    public IReadOnlyList<string>? FromStatuses(IEnumerable<string> states) => From switch
    {
        JsonValue v when v.TryGetValue<string>(out var one) => one == EveryStatus ? states.ToList() : [one],
        JsonArray list when list.All(n => n is JsonValue s && s.TryGetValue<string>(out _)) => list.Select(n => n!.GetValue<string>()).ToList(),
        _ => null,
    };
}
