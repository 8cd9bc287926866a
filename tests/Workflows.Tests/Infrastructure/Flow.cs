using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Definitions;

namespace Workflows.Tests.Infrastructure;

/// <summary>Builds <see cref="WorkflowDefinition"/> records in a few readable lines.</summary>
public sealed class Flow(string id)
{
    private readonly List<ActivityNode> _activities = [];
    private readonly List<Connection> _connections = [];
    private JsonObject _variables = [];

    public static JsonObject Expr(string expression) => new() { ["expression"] = expression };

    public Flow Variables(JsonObject variables)
    {
        _variables = variables;
        return this;
    }

    public Flow Add(string activityId, string type, JsonObject? inputs = null)
    {
        _activities.Add(new ActivityNode { Id = activityId, Type = type, Inputs = inputs ?? [] });
        return this;
    }

    public Flow Start(string activityId = "start") => Add(activityId, nameof(Activities.Start));
    public Flow End(string activityId = "end") => Add(activityId, nameof(Activities.End));

    public Flow Set(string activityId, string variable, JsonNode? value) =>
        Add(activityId, nameof(SetVariable), new JsonObject { ["variable"] = variable, ["value"] = value });

    public Flow Signal(string activityId, string name, JsonNode key, string? resultVariable = null)
    {
        var inputs = new JsonObject { ["name"] = name, ["key"] = key };
        if (resultVariable is not null) inputs["resultVariable"] = resultVariable;
        return Add(activityId, nameof(Activities.Signal), inputs);
    }

    public Flow Connect(string source, string target, string outcome = Outcomes.Done)
    {
        _connections.Add(new Connection { Source = source, Target = target, Outcome = outcome });
        return this;
    }

    /// <summary>Connects each activity's Done outcome to the next one.</summary>
    public Flow Chain(params string[] activityIds)
    {
        for (var i = 1; i < activityIds.Length; i++) Connect(activityIds[i - 1], activityIds[i]);
        return this;
    }

    public WorkflowDefinition Build() => new()
    {
        Id = id,
        Name = id,
        Variables = _variables,
        Activities = _activities.ToList(),
        Connections = _connections.ToList(),
    };
}
