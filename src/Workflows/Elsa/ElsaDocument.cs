using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// Reads a workflow definition as Elsa Studio exports it (Elsa 3.0 to 3.6): its <c>definitionId</c>, <c>name</c>,
/// <c>variables</c>, <c>isPublished</c> and the <c>root</c> flowchart, into ours. Every activity type and expression
/// language that cannot be translated is reported, not only the first.
/// </summary>
public sealed class ElsaDocument(ActivityRegistry registry)
{
    /// <summary>The root type of an exported state machine, which Elsa has no form for.</summary>
    public const string StateMachineRoot = "Library.StateMachine";

    private readonly ElsaActivityTranslations _translations = new(registry);

    /// <summary>A key given twice is refused when read, rather than failing wherever the object is first looked into.</summary>
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <param name="id">The definition id to store under instead of the document's <c>definitionId</c>.</param>
    public ElsaImport Read(string json, string? id = null)
    {
        try
        {
            return ReadDocument(json, id);
        }
        catch (InvalidOperationException e)
        {
            // JsonNode's accessors throw this where the document holds a value of another kind than Elsa writes there
            // (a number where an object belongs): a document to refuse, whatever part of it is malformed.
            return Refused($"a part of the document is not what Elsa writes there: {e.Message}");
        }
    }

    private ElsaImport ReadDocument(string json, string? id)
    {
        var problems = new List<DefinitionProblem>();
        JsonObject? document;
        try
        {
            document = JsonNode.Parse(json, documentOptions: Strict) as JsonObject;
        }
        catch (JsonException e)
        {
            return Refused($"malformed JSON: {e.Message}");
        }
        if (document is null) return Refused("the body holds no Elsa workflow definition (a JSON object)");

        var definitionId = id ?? ElsaFlowchartImport.Text(document["definitionId"]);
        if (string.IsNullOrWhiteSpace(definitionId))
            problems.Add(DefinitionProblem.OfDefinition("'definitionId' is missing; give it in the document or as ?id="));
        var name = ElsaFlowchartImport.Text(document["name"])?.Trim() is { Length: > 0 } given ? given : definitionId ?? "";
        var publish = document["isPublished"] is not JsonValue published || published.GetValueKind() != JsonValueKind.False;
        var root = document["root"] as JsonObject;
        if (root is null) problems.Add(DefinitionProblem.OfDefinition("'root' is missing; an Elsa definition's root is its flowchart"));
        void Refuse(string message) => problems.Add(DefinitionProblem.OfDefinition(message));
        var variables = ElsaVariables.Read(document["variables"], Refuse).Nested(root?["variables"], Refuse);
        if (root is null || string.IsNullOrWhiteSpace(definitionId)) return new ElsaImport(null, [], publish, problems);

        var rootType = ElsaFlowchartImport.Text(root["type"]);
        if (rootType == StateMachineRoot) return Machine(definitionId, name, variables, root, publish, problems);
        if (rootType != ElsaFlowchartImport.Flowchart)
        {
            problems.Add(DefinitionProblem.OfDefinition($"the root has type '{rootType}'; only an {ElsaFlowchartImport.Flowchart} root can be imported"));
            return new ElsaImport(null, [], publish, problems);
        }
        var import = new ElsaFlowchartImport(_translations, problems);
        var definition = import.Import(definitionId, name, root, variables);
        return new ElsaImport(problems.Count == 0 ? definition : null, problems.Count == 0 ? import.Children : [], publish, problems);
    }

    /// <summary>A state machine this service exported: its parts are ours, kept as they were.</summary>
    private static ElsaImport Machine(string id, string name, ElsaVariables variables, JsonObject root, bool publish, List<DefinitionProblem> problems)
    {
        var ours = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["kind"] = WorkflowDefinition.StateMachineKind,
            ["variables"] = variables.Initial.DeepClone(),
            ["start"] = root["start"]?.DeepClone(),
            ["states"] = root["states"]?.DeepClone(),
            ["actions"] = root["actions"]?.DeepClone(),
        };
        try
        {
            var definition = ours.Deserialize<WorkflowDefinition>(DefinitionJson.Options)!;
            return new ElsaImport(problems.Count == 0 ? definition : null, [], publish, problems);
        }
        catch (JsonException e)
        {
            problems.Add(DefinitionProblem.OfDefinition($"the state machine cannot be read: {e.Message}"));
            return new ElsaImport(null, [], publish, problems);
        }
    }

    private static ElsaImport Refused(string message) => new(null, [], true, [DefinitionProblem.OfDefinition(message)]);
}
