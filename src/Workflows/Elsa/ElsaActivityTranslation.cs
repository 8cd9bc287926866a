using System.Text.Json.Nodes;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// How an Elsa activity type reads as one of ours and how ours is written back: by default each input under its
/// Elsa name; a type whose inputs differ in meaning overrides the two directions.
/// </summary>
public class ElsaActivityTranslation(string elsaType, string ourType, params ElsaInputName[] inputs)
{
    public string ElsaType => elsaType;
    public string OurType => ourType;
    protected IReadOnlyList<ElsaInputName> Inputs => inputs;

    /// <summary>Whether this translation writes <paramref name="node"/>; a type may have forms Elsa cannot say.</summary>
    public virtual bool Exports(ActivityNode node) => node.Type == OurType;

    /// <summary>Our inputs of the Elsa activity; inputs Elsa has that we do not are left behind.</summary>
    public virtual JsonObject Import(JsonObject activity, string activityId, ElsaImportScope scope)
    {
        var ours = new JsonObject();
        foreach (var input in inputs)
            if (scope.Input(activity, activityId, input.Elsa) is { } value) ours[input.Ours] = value;
        return ours;
    }

    /// <summary>Writes the node's inputs into the Elsa activity <paramref name="activity"/>.</summary>
    public virtual void Export(ActivityNode node, JsonObject activity, WorkflowDefinition definition)
    {
        foreach (var (name, value) in node.Inputs)
        {
            var input = inputs.FirstOrDefault(i => i.Ours == name);
            activity[input?.Elsa ?? name] = ElsaExpression.Write(value, input?.TypeName ?? "Object");
        }
    }
}
