using System.Text.Json.Nodes;

namespace Workflows.StateMachines;

/// <summary>A condition on an action: the flag <see cref="Flag"/> of the gate source <see cref="Source"/> must be <see cref="On"/>.</summary>
public sealed record ActionGate(string Source, string Flag, bool On)
{
    /// <summary>The gates <paramref name="when"/> holds (none when absent); null with <paramref name="problem"/> when malformed.</summary>
    public static IReadOnlyList<ActionGate>? Read(JsonNode? when, out string? problem)
    {
        problem = null;
        var written = when switch
        {
            null => [],
            JsonObject one => [one],
            JsonArray list when list.All(g => g is JsonObject) => list.Select(g => (JsonObject)g!).ToList(),
            _ => null,
        };
        if (written is null)
        {
            problem = $"'when' is {when!.ToJsonString()}; give a gate such as {{ \"profile\": \"flag\" }} or a list of gates";
            return null;
        }
        var gates = new List<ActionGate>();
        foreach (var gate in written)
        {
            var named = gate.Where(p => p.Key != "equals").ToList();
            var equals = gate["equals"];
            if (named.Count != 1 || named[0].Value is not JsonValue flag || !flag.TryGetValue<string>(out var flagName)
                || equals is not null && (equals is not JsonValue e || !e.TryGetValue<bool>(out _)))
            {
                problem = $"the gate {gate.ToJsonString()} must name one source and its flag, with an optional \"equals\": true or false";
                return null;
            }
            gates.Add(new ActionGate(named[0].Key, flagName, equals?.GetValue<bool>() != false));
        }
        return gates;
    }

    /// <summary>Two gate lists can never hold together when they need one flag both on and off.</summary>
    public static bool Exclusive(IReadOnlyList<ActionGate> a, IReadOnlyList<ActionGate> b) =>
        a.Any(g => b.Any(o => o.Source == g.Source && o.Flag == g.Flag && o.On != g.On));

    public override string ToString() => $"{(On ? "" : "not ")}{Source} {Flag}";
}
