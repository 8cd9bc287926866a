using System.Text.Json;

namespace Workflows.Activities;

/// <summary>How definitions and inputs map JSON onto .NET values (camelCase, enums as strings).</summary>
public static class DefinitionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
