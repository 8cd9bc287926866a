using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// Reads one Elsa flowchart into a definition of ours. A nested Elsa.Flowchart, an Elsa.FlowNode whose body is one,
/// and the body of an Elsa.ParallelForEach become child definitions named <c>{id}.{activityId}</c>, run by RunWorkflow
/// or ParallelForEach; they see the enclosing workflow's variables as their input.
/// </summary>
internal sealed class ElsaFlowchartImport(ElsaActivityTranslations translations, List<DefinitionProblem> problems)
{
    public const string Flowchart = "Elsa.Flowchart", FlowNode = "Elsa.FlowNode", ParallelForEach = "Elsa.ParallelForEach";

    /// <summary>What a generated child is handed at its start: every variable of the instance that runs it.</summary>
    public static readonly JsonObject EnclosingVariables = new() { ["expression"] = "variables" };

    private readonly List<WorkflowDefinition> _children = [];

    /// <summary>The child definitions made so far, innermost first.</summary>
    public IReadOnlyList<WorkflowDefinition> Children => _children;

    public WorkflowDefinition Import(string id, string name, JsonObject flowchart, ElsaVariables variables)
    {
        var scope = new ElsaImportScope(variables, problems);
        var elsaActivities = flowchart["activities"] switch
        {
            JsonArray list => list.OfType<JsonObject>().ToList(),
            null => [],
            _ => Refused<List<JsonObject>>($"'{id}': 'activities' must be a list", []),
        };
        var nodes = new List<ActivityNode>();
        var elsaIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in elsaActivities)
        {
            if (Text(activity["id"]) is not { Length: > 0 } activityId)
            {
                problems.Add(DefinitionProblem.OfDefinition($"an activity of '{id}' has no 'id'"));
                continue;
            }
            elsaIds.Add(activityId);
            if (Node(id, name, activityId, activity, scope) is { } node)
                nodes.Add(node with { Position = PositionOf(activity) });
        }

        var connections = ElsaConnections.Read(flowchart["connections"], elsaIds,
            message => problems.Add(DefinitionProblem.OfDefinition($"'{id}': {message}")));
        var start = StartOf(flowchart, elsaActivities, connections);
        if (start is null || Text(start["type"]) != "Elsa.Start")
        {
            // Elsa needs no Start activity, and begins where it would choose to; ours begins at Start.
            var startId = Enumerable.Range(1, elsaIds.Count + 1).Select(i => i == 1 ? "start" : $"start-{i}").First(s => !elsaIds.Contains(s));
            nodes.Insert(0, new ActivityNode { Id = startId, Type = nameof(Start) });
            if (start is not null) connections.Insert(0, new Connection { Source = startId, Target = Text(start["id"])! });
        }

        var inbound = connections.GroupBy(c => c.Target).ToDictionary(g => g.Key, g => g.Count());
        var modes = elsaActivities.Where(a => Text(a["id"]) is not null).GroupBy(a => Text(a["id"])!)
            .ToDictionary(g => g.Key, g => Text(CustomProperty(g.First(), "mergeMode")));
        nodes = nodes.Select(n => n with { MergeMode = MergeModeOf(n, modes.GetValueOrDefault(n.Id), inbound.GetValueOrDefault(n.Id)) }).ToList();

        return new WorkflowDefinition { Id = id, Name = name, Variables = variables.Initial, Activities = nodes, Connections = connections };
    }

    private ActivityNode? Node(string definitionId, string definitionName, string activityId, JsonObject activity, ElsaImportScope scope)
    {
        var type = Text(activity["type"]) ?? "";
        var childId = $"{definitionId}.{activityId}";
        var childName = $"{definitionName} / {activityId}";
        switch (type)
        {
            case Flowchart:
                Child(childId, childName, activity, scope.Variables.Nested(activity["variables"], Refusal(activityId)));
                return new ActivityNode { Id = activityId, Type = nameof(RunWorkflow), Inputs = RunChild(childId) };
            case FlowNode:
                // FlowNode runs its body and is done when the body is: the body runs in its place, under its id (a
                // flowchart as a child), and a FlowNode without a body just goes on.
                return activity["body"] is JsonObject inner
                    ? Node(definitionId, definitionName, activityId, inner, scope)
                    : new ActivityNode { Id = activityId, Type = nameof(Fork) };
            case ParallelForEach:
                var body = activity["body"] as JsonObject;
                var flowchart = body is not null && Text(body["type"]) == Flowchart
                    ? body
                    : new JsonObject { ["activities"] = body is null ? new JsonArray() : new JsonArray(body.DeepClone()) };
                Child(childId, childName, flowchart,
                    scope.Variables.Nested(flowchart["variables"], Refusal(activityId), Activities.ParallelForEach.CurrentValue, Activities.ParallelForEach.CurrentIndex));
                var inputs = new JsonObject { ["body"] = childId };
                if (scope.Input(activity, activityId, "items") is { } items) inputs["items"] = items;
                return new ActivityNode { Id = activityId, Type = nameof(Activities.ParallelForEach), Inputs = inputs };
        }
        if (translations.OfElsa(type) is not { } translation)
        {
            scope.Refuse(activityId, $"activity '{activityId}' has type '{type}', which cannot be imported");
            return null;
        }
        return new ActivityNode { Id = activityId, Type = translation.OurType, Inputs = translation.Import(activity, activityId, scope) };
    }

    private void Child(string id, string name, JsonObject flowchart, ElsaVariables variables) =>
        _children.Add(Import(id, name, flowchart, variables));

    public static JsonObject RunChild(string childId) => new() { ["workflow"] = childId, ["arguments"] = EnclosingVariables.DeepClone() };

    private string? MergeModeOf(ActivityNode node, string? elsaMode, int inbound)
    {
        // A FlowJoin merges by its own mode, as Elsa derives the join's merge from it.
        if (node.Type == nameof(Join) && elsaMode is null) return null;
        try
        {
            return ElsaMergeMode.Import(elsaMode, inbound);
        }
        catch (FormatException e)
        {
            problems.Add(new DefinitionProblem(node.Id, $"activity '{node.Id}' has merge mode {e.Message}"));
            return null;
        }
    }

    /// <summary>
    /// Where Elsa begins a flowchart: its explicit start, else the first Start activity, else the first that can start
    /// the workflow, else the first that no connection leads to, else the first. Null when it has no activities.
    /// </summary>
    private static JsonObject? StartOf(JsonObject flowchart, List<JsonObject> activities, List<Connection> connections)
    {
        var byId = activities.Where(a => Text(a["id"]) is not null).GroupBy(a => Text(a["id"])!).ToDictionary(g => g.Key, g => g.First());
        if (Text(flowchart["start"]) is { } explicitStart && byId.TryGetValue(explicitStart, out var chosen)) return chosen;
        var targets = connections.Select(c => c.Target).ToHashSet();
        return activities.FirstOrDefault(a => Text(a["type"]) == "Elsa.Start")
               ?? activities.FirstOrDefault(a => CustomProperty(a, "canStartWorkflow") is JsonValue v && v.GetValueKind() == JsonValueKind.True)
               ?? activities.FirstOrDefault(a => !targets.Contains(Text(a["id"]) ?? ""))
               ?? activities.FirstOrDefault();
    }

    /// <summary>A custom property, which the 3.0 previews wrote on the activity itself.</summary>
    private static JsonNode? CustomProperty(JsonObject activity, string name) => activity["customProperties"]?[name] ?? activity[name];

    private static JsonObject? PositionOf(JsonObject activity) =>
        activity["metadata"]?["designer"]?["position"] is JsonObject position ? (JsonObject)position.DeepClone() : null;

    private Action<string> Refusal(string activityId) => message => problems.Add(new DefinitionProblem(activityId, $"activity '{activityId}': {message}"));

    private T Refused<T>(string message, T fallback)
    {
        problems.Add(DefinitionProblem.OfDefinition(message));
        return fallback;
    }

    internal static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
