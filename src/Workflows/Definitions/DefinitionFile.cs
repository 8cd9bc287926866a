using System.Text.Json;
using System.Text.Json.Serialization;
using Workflows.Activities;

namespace Workflows.Definitions;

/// <summary>
/// A definition written as the files of a definitions folder hold it, indented for reading and diffs, so a version
/// can be exported, kept under version control and imported again unchanged.
/// </summary>
public static class DefinitionFile
{
    // Null only leaves out a node's absent designer position; JSON values inside variables and inputs are kept.
    private static readonly JsonSerializerOptions Options = new(DefinitionJson.Options)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);
}
