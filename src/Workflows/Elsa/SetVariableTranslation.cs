using System.Text.Json.Nodes;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// Elsa.SetVariable names its variable by a reference object (<c>{ id, name, typeName }</c>, matched by id) where we
/// name it; and Elsa converts a literal value to the variable's type, so the import does so too.
/// </summary>
public sealed class SetVariableTranslation() : ElsaActivityTranslation("Elsa.SetVariable", nameof(Activities.SetVariable))
{
    public override JsonObject Import(JsonObject activity, string activityId, ElsaImportScope scope)
    {
        var ours = new JsonObject();
        var reference = activity["variable"] switch
        {
            JsonObject o => ((o["id"] as JsonValue)?.ToString(), (o["name"] as JsonValue)?.ToString()),
            JsonValue v => (v.ToString(), null),
            _ => ((string?)null, (string?)null),
        };
        var name = (reference.Item1 is { } id ? scope.Variables.NameOf(id) : null) ?? (reference.Item2 is { } n ? scope.Variables.NameOf(n) : null);
        if (name is null)
        {
            scope.Refuse(activityId, $"activity '{activityId}' sets variable '{reference.Item1 ?? reference.Item2}', which the workflow does not declare");
            return ours;
        }
        ours["variable"] = name;
        var value = activity["value"];
        // Elsa declares the value an Object and converts it when it stores it; a literal is converted here instead.
        if (value is JsonObject { } input && (input["typeName"] as JsonValue)?.ToString() is null or "Object"
            && (input["expression"]?["type"] as JsonValue)?.ToString() is null or ElsaExpression.Literal)
            ours["value"] = ElsaExpression.ReadLiteral(input["expression"]?["value"], scope.Variables.TypeNameOf(name),
                message => scope.Refuse(activityId, $"activity '{activityId}' input 'value' {message}"));
        else
            ours["value"] = scope.Input(activity, activityId, "value");
        return ours;
    }

    public override void Export(ActivityNode node, JsonObject activity, WorkflowDefinition definition)
    {
        foreach (var (name, value) in node.Inputs)
            activity[name] = name == "variable" && value is JsonValue v && v.TryGetValue<string>(out var variable)
                ? new JsonObject
                {
                    ["id"] = variable,
                    ["name"] = variable,
                    ["typeName"] = ElsaExpression.Write(definition.Variables[variable])["typeName"]!.DeepClone(),
                }
                : ElsaExpression.Write(value);
    }
}
