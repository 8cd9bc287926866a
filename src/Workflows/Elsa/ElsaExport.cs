using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.Activities;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// Writes a definition of ours as an Elsa 3.6 workflow definition document (nested connections, custom properties),
/// so that <see cref="ElsaDocument"/> reads it back into the same definition. A child definition generated for a
/// nested flowchart or a ParallelForEach body is written inside its activity again.
/// </summary>
public sealed class ElsaExport(ActivityRegistry registry)
{
    public const string Schema = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json";

    private static readonly JsonSerializerOptions MachineJson = new(DefinitionJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly ElsaActivityTranslations _translations = new(registry);

    /// <param name="childOf">The child definition of an id, as it would run (its active version); null when there is none.</param>
    public async Task<JsonObject> WriteAsync(WorkflowDefinition definition, bool published, Func<string, Task<WorkflowDefinition?>> childOf)
    {
        var root = definition.IsStateMachine() ? Machine(definition) : await FlowchartAsync("flowchart", definition, [], childOf);
        return new JsonObject
        {
            ["$schema"] = Schema,
            ["id"] = $"{definition.Id}:{definition.Version}",
            ["definitionId"] = definition.Id,
            ["name"] = definition.Name,
            ["version"] = definition.Version,
            ["isLatest"] = true,
            ["isPublished"] = published,
            ["variables"] = ElsaVariables.Write(definition.Variables),
            ["inputs"] = new JsonArray(),
            ["outputs"] = new JsonArray(),
            ["outcomes"] = new JsonArray(),
            ["customProperties"] = new JsonObject(),
            ["root"] = root,
        };
    }

    /// <param name="enclosing">The variables of the workflow a child runs in, which the child's flowchart need not declare again.</param>
    private async Task<JsonObject> FlowchartAsync(string id, WorkflowDefinition definition, ICollection<string> enclosing, Func<string, Task<WorkflowDefinition?>> childOf)
    {
        var activities = new JsonArray();
        foreach (var node in definition.Activities) activities.Add(await ActivityAsync(node, definition, childOf));
        var own = definition.Variables.Select(v => v.Key).Where(v => !enclosing.Contains(v));
        return new JsonObject
        {
            ["id"] = id,
            ["type"] = ElsaFlowchartImport.Flowchart,
            ["version"] = 1,
            ["customProperties"] = new JsonObject(),
            ["metadata"] = new JsonObject(),
            ["activities"] = activities,
            ["variables"] = ElsaVariables.Write(definition.Variables, own),
            ["connections"] = ElsaConnections.Write(definition.Connections),
        };
    }

    private async Task<JsonObject> ActivityAsync(ActivityNode node, WorkflowDefinition definition, Func<string, Task<WorkflowDefinition?>> childOf)
    {
        var childId = $"{definition.Id}.{node.Id}";
        var child = node.Type switch
        {
            nameof(RunWorkflow) when JsonNode.DeepEquals(node.Inputs, ElsaFlowchartImport.RunChild(childId)) => await childOf(childId),
            nameof(ParallelForEach) when (node.Inputs["body"] as JsonValue)?.ToString() == childId => await childOf(childId),
            _ => null,
        };
        var enclosing = definition.Variables.Select(v => v.Key).ToList();
        JsonObject activity;
        if (child is not null && node.Type == nameof(RunWorkflow))
            activity = await FlowchartAsync(node.Id, child, enclosing, childOf);
        else if (child is not null)
        {
            activity = new JsonObject { ["id"] = node.Id, ["type"] = ElsaFlowchartImport.ParallelForEach, ["version"] = 1 };
            if (node.Inputs["items"] is { } items) activity["items"] = ElsaExpression.Write(items, "Object[]");
            activity["body"] = await FlowchartAsync($"{node.Id}-body", child, [.. enclosing, ParallelForEach.CurrentValue, ParallelForEach.CurrentIndex], childOf);
        }
        else
        {
            var translation = _translations.Of(node);
            activity = new JsonObject { ["id"] = node.Id, ["type"] = translation.ElsaType, ["version"] = 1 };
            translation.Export(node, activity, definition);
        }

        var custom = new JsonObject { ["canStartWorkflow"] = StartsTheWorkflow(node, definition), ["runAsynchronously"] = false };
        // A Join merges by its own mode; Elsa derives the merge of a FlowJoin from it.
        var mode = node.Type == nameof(Join) ? node.MergeMode : ElsaMergeMode.Export(node.MergeMode, definition.Connections.Count(c => c.Target == node.Id));
        if (mode is not null) custom["mergeMode"] = mode;
        activity["customProperties"] = custom;
        activity["metadata"] = node.Position is null ? new JsonObject() : new JsonObject { ["designer"] = new JsonObject { ["position"] = node.Position.DeepClone() } };
        return activity;
    }

    /// <summary>A trigger right after Start is what starts the workflow, which Elsa marks on the trigger itself.</summary>
    private static bool StartsTheWorkflow(ActivityNode node, WorkflowDefinition definition) =>
        node.Type is "HttpEndpoint" or "Event"
        && definition.Connections.Any(c => c.Target == node.Id && definition.Activities.Any(a => a.Id == c.Source && a.Type == nameof(Start)));

    private static JsonObject Machine(WorkflowDefinition definition)
    {
        var ours = JsonSerializer.SerializeToNode(definition, MachineJson)!.AsObject();
        return new JsonObject
        {
            ["id"] = "machine",
            ["type"] = ElsaDocument.StateMachineRoot,
            ["version"] = 1,
            ["customProperties"] = new JsonObject(),
            ["metadata"] = new JsonObject(),
            ["start"] = ours["start"]?.DeepClone(),
            ["states"] = ours["states"]?.DeepClone(),
            ["actions"] = ours["actions"]?.DeepClone(),
        };
    }
}
