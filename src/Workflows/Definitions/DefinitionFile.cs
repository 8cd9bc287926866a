using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Workflows.Activities;

namespace Workflows.Definitions;

/// <summary>
/// A definition written as the files of a definitions folder hold it, indented for reading and diffs, so a version
/// can be exported, kept under version control and imported again unchanged.
/// </summary>
public static class DefinitionFile
{
    // Null only leaves out a node's absent designer position; JSON values inside variables and inputs are kept.
    // Defaults are left out as the files leave them out — an activity's empty "inputs", a connection's "Done" outcome —
    // so an exported definition diffs cleanly against the file it came from.
    private static readonly JsonSerializerOptions Options = new(DefinitionJson.Options)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = (DefinitionJson.Options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(OmitDefaults),
    };

    public static string Write(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    private static void OmitDefaults(JsonTypeInfo type)
    {
        if (type.Type == typeof(ActivityNode))
            foreach (var inputs in type.Properties.Where(p => p.Name == "inputs"))
                inputs.ShouldSerialize = (_, value) => value is JsonObject { Count: > 0 };
        // A state machine has neither; its actions run activities.
        if (type.Type == typeof(WorkflowDefinition))
            foreach (var list in type.Properties.Where(p => p.Name is "activities" or "connections"))
                list.ShouldSerialize = (definition, _) => !((WorkflowDefinition)definition).IsStateMachine();
        if (type.Type == typeof(Connection))
            foreach (var outcome in type.Properties.Where(p => p.Name == "outcome"))
                outcome.ShouldSerialize = (_, value) => value as string != Outcomes.Done;
    }
}
