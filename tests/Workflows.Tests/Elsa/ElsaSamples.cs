using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Elsa;

namespace Workflows.Tests.Elsa;

/// <summary>The Elsa 3 definitions under Elsa/Samples, written for these tests from Elsa's documentation, and their translation.</summary>
internal static class ElsaSamples
{
    public static readonly ActivityRegistry Registry = new ActivityRegistry().AddFromAssemblyOf<Start>();

    public static string Json(string sample) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elsa", "Samples", sample + ".json"));

    /// <summary>The sample translated; fails the test when it cannot be.</summary>
    public static ElsaImport Import(string sample, ActivityRegistry? registry = null)
    {
        var import = new ElsaDocument(registry ?? Registry).Read(Json(sample));
        Assert.True(import.IsTranslated, string.Join("; ", import.Problems));
        return import;
    }

    public static ActivityNode Node(this WorkflowDefinition definition, string id) => Assert.Single(definition.Activities, a => a.Id == id);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The node's JSON as written in the tests' expectations, with no characters escaped that need not be.</summary>
    public static string Text(JsonNode? node) => node?.ToJsonString(Readable) ?? "null";

    public static List<(string, string, string)> Edges(this WorkflowDefinition definition) =>
        definition.Connections.Select(c => (c.Source, c.Outcome, c.Target)).ToList();
}
