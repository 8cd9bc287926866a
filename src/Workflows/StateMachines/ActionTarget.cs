using System.Text.Json.Nodes;

namespace Workflows.StateMachines;

/// <summary>
/// Where an action (or the start) leads: nowhere (the status stays), one status, or a status per outcome of the
/// deciding activity, where null means stay and <see cref="Interrupted"/> the status remembered last.
/// </summary>
public sealed record ActionTarget(string? State, IReadOnlyDictionary<string, string?>? ByOutcome)
{
    /// <summary>The target meaning "the status the last action with <c>remember</c> left".</summary>
    public const string Interrupted = "$interrupted";

    public static ActionTarget Stay { get; } = new(null, null);

    /// <summary>The target <paramref name="to"/> holds; null with <paramref name="problem"/> when it is malformed.</summary>
    public static ActionTarget? Read(JsonNode? to, out string? problem)
    {
        problem = null;
        switch (to)
        {
            case null: return Stay;
            case JsonValue v when v.TryGetValue<string>(out var state): return new ActionTarget(state, null);
            case JsonObject map:
                var byOutcome = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var (outcome, target) in map)
                {
                    if (target is null) byOutcome[outcome] = null;
                    else if (target is JsonValue t && t.TryGetValue<string>(out var name)) byOutcome[outcome] = name;
                    else
                    {
                        problem = $"'to' maps outcome '{outcome}' to {target.ToJsonString()}; give a status name or null";
                        return null;
                    }
                }
                return new ActionTarget(null, byOutcome);
            default:
                problem = $"'to' is {to.ToJsonString()}; give a status name or an object from outcomes to statuses";
                return null;
        }
    }

    /// <summary>The statuses (or <see cref="Interrupted"/>) it can lead to.</summary>
    public IEnumerable<string> Targets => State is not null ? [State] : ByOutcome?.Values.OfType<string>() ?? [];

    /// <summary>Where <paramref name="outcome"/> leads: a status, <see cref="Interrupted"/>, or null to stay.</summary>
    public string? For(string outcome) => State ?? ByOutcome?.GetValueOrDefault(outcome);
}
