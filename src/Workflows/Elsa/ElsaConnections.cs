using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// A flowchart's connections in either of Elsa's shapes: <c>{ source: { activity, port }, target: { activity, port } }</c>
/// since 3.0, or the flat <c>{ source, target, sourcePort, targetPort }</c> of the 3.0 previews. The source port is the
/// outcome that follows the connection; the target port is always "In" and means nothing.
/// </summary>
public static class ElsaConnections
{
    /// <summary>Connections between the given activities; Elsa drops one that names another, and so does this.</summary>
    public static List<Connection> Read(JsonNode? connections, ISet<string> activityIds, Action<string> refuse)
    {
        var read = new List<Connection>();
        if (connections is null) return read;
        if (connections is not JsonArray list)
        {
            refuse("'connections' must be a list");
            return read;
        }
        // Elsa reads the whole list the old way when any connection has a string sourcePort.
        var flat = list.Any(c => Property(c, "sourcePort") is JsonValue v && v.GetValueKind() == JsonValueKind.String);
        foreach (var connection in list.OfType<JsonObject>())
        {
            var (source, port, target) = flat
                ? (Text(Property(connection, "source")), Text(Property(connection, "sourcePort")), Text(Property(connection, "target")))
                : (Text(Property(Property(connection, "source"), "activity")), Text(Property(Property(connection, "source"), "port")),
                    Text(Property(Property(connection, "target"), "activity")));
            if (source is null || target is null || !activityIds.Contains(source) || !activityIds.Contains(target)) continue;
            read.Add(new Connection { Source = source, Outcome = port ?? Activities.Outcomes.Done, Target = target });
        }
        return read;
    }

    public static JsonArray Write(IEnumerable<Connection> connections) =>
        new(connections.Select(c => (JsonNode)new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = c.Source, ["port"] = c.Outcome },
            ["target"] = new JsonObject { ["activity"] = c.Target, ["port"] = "In" },
            ["vertices"] = new JsonArray(),
        }).ToArray());

    /// <summary>Elsa matches the first letter of a property name without regard to case (<c>Source</c>, <c>source</c>).</summary>
    private static JsonNode? Property(JsonNode? node, string name) =>
        node is JsonObject o ? o[name] ?? o[char.ToUpperInvariant(name[0]) + name[1..]] : null;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
