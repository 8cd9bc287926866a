using Workflows.Activities;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// The Elsa activity types that translate to one of ours, one by one (the containers — Elsa.Flowchart, Elsa.FlowNode,
/// Elsa.ParallelForEach — are read by <see cref="ElsaFlowchartImport"/>, as they bring child definitions), and ours
/// without an Elsa type as <c>Library.&lt;Type&gt;</c>.
/// </summary>
public sealed class ElsaActivityTranslations(ActivityRegistry registry)
{
    private static readonly IReadOnlyList<ElsaActivityTranslation> Elsa =
    [
        new("Elsa.Start", nameof(Start)),
        // Elsa's End has no inputs; ours may say how the work ended, which an export keeps beside Elsa's fields.
        new("Elsa.End", nameof(End), new ElsaInputName("cancelled", "cancelled", "Boolean"), new ElsaInputName("result", "result", "String")),
        new("Elsa.WriteLine", nameof(WriteLine), new ElsaInputName("text", "text", "String")),
        new SetVariableTranslation(),
        new("Elsa.FlowDecision", nameof(Decision), new ElsaInputName("condition", "condition", "Boolean")),
        new JoinTranslation(),
        new("Elsa.FlowFork", nameof(Fork), new ElsaInputName("branches", "branches", "String[]")),
        new TimerTranslation(),
        new("Elsa.Event", nameof(Event), new ElsaInputName("eventName", "eventName", "String")),
        new("Elsa.Fault", nameof(Fault),
            new ElsaInputName("code", "code", "String"), new ElsaInputName("category", "category", "String"),
            new ElsaInputName("faultType", "faultType", "String"), new ElsaInputName("message", "message", "String")),
        new HttpEndpointTranslation(),
        new("Elsa.WriteHttpResponse", nameof(WriteHttpResponse),
            new ElsaInputName("statusCode", "statusCode", "System.Net.HttpStatusCode, System.Net.Primitives"),
            new ElsaInputName("content", "content", "Object"), new ElsaInputName("contentType", "contentType", "String"),
            new ElsaInputName("responseHeaders", "headers", "Elsa.Http.Models.HttpHeaders, Elsa.Http")),
    ];

    /// <summary>The translation of an Elsa type; null when it has none.</summary>
    public ElsaActivityTranslation? OfElsa(string elsaType)
    {
        if (Elsa.FirstOrDefault(t => t.ElsaType == elsaType) is { } translation) return translation;
        return elsaType.StartsWith(LibraryTranslation.Prefix, StringComparison.Ordinal)
               && registry.TryGet(elsaType[LibraryTranslation.Prefix.Length..], out var descriptor)
            ? new LibraryTranslation(descriptor)
            : null;
    }

    /// <summary>How to write one of our activities: as its Elsa type when it has one, else as ours.</summary>
    public ElsaActivityTranslation Of(ActivityNode node) =>
        Elsa.FirstOrDefault(t => t.Exports(node))
        ?? (registry.TryGet(node.Type, out var descriptor) ? new LibraryTranslation(descriptor) : new ElsaActivityTranslation(LibraryTranslation.Prefix + node.Type, node.Type));
}
