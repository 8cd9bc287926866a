using System.Text.Json.Nodes;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// Elsa.FlowJoin's mode. Our Join waits for all when it has no mode, so only WaitAny is kept on import; the export
/// always names the mode, because Elsa's own default changed from WaitAll to WaitAny between 3.0 and later versions.
/// </summary>
public sealed class JoinTranslation() : ElsaActivityTranslation("Elsa.FlowJoin", nameof(Activities.Join))
{
    public const string WaitAll = "WaitAll", WaitAny = "WaitAny";
    private const string ModeType = "Elsa.Workflows.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core";

    public override JsonObject Import(JsonObject activity, string activityId, ElsaImportScope scope)
    {
        var mode = scope.Input(activity, activityId, "mode");
        if (mode is null || mode is JsonValue v && v.TryGetValue<string>(out var text) && text == WaitAll) return [];
        if (mode is JsonValue w && w.TryGetValue<string>(out var any) && any == WaitAny) return new JsonObject { ["mode"] = WaitAny };
        scope.Refuse(activityId, $"activity '{activityId}' input 'mode' is {mode.ToJsonString()}; give {WaitAll} or {WaitAny}");
        return [];
    }

    public override void Export(ActivityNode node, JsonObject activity, WorkflowDefinition definition)
    {
        var mode = node.Inputs["mode"] ?? WaitAll;
        activity["mode"] = ElsaExpression.Write(mode, ModeType);
        activity["mode"]!["typeName"] = ModeType;
    }
}
