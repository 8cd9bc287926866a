using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// Elsa.HttpEndpoint's <c>authorize</c> and <c>policy</c> become our <c>access</c>: an endpoint Elsa leaves unauthorized
/// (its default) is "open"; an authorized one needs the role its policy names, or our default role when it names none.
/// </summary>
public sealed class HttpEndpointTranslation() : ElsaActivityTranslation("Elsa.HttpEndpoint", nameof(HttpEndpoint),
    new ElsaInputName("path", "path", "String"), new ElsaInputName("supportedMethods", "methods", "String[]"))
{
    public override JsonObject Import(JsonObject activity, string activityId, ElsaImportScope scope)
    {
        var ours = base.Import(activity, activityId, scope);
        var authorize = scope.Input(activity, activityId, "authorize");
        if (authorize is null || authorize is JsonValue v && v.TryGetValue<bool>(out var flag) && !flag) ours["access"] = HttpEndpoint.Open;
        else if (scope.Input(activity, activityId, "policy") is JsonValue p && p.TryGetValue<string>(out var policy) && policy.Length > 0) ours["access"] = policy;
        return ours;
    }

    public override void Export(ActivityNode node, JsonObject activity, WorkflowDefinition definition)
    {
        var access = node.Inputs["access"];
        var rest = new ActivityNode { Id = node.Id, Type = node.Type, Inputs = new JsonObject(node.Inputs.Where(i => i.Key != "access").Select(i => KeyValuePair.Create(i.Key, i.Value?.DeepClone()))) };
        base.Export(rest, activity, definition);
        var open = access is JsonValue a && a.TryGetValue<string>(out var text) && text == HttpEndpoint.Open;
        activity["authorize"] = ElsaExpression.Write(!open);
        if (!open && access is not null) activity["policy"] = ElsaExpression.Write(access.DeepClone(), "String");
    }
}
