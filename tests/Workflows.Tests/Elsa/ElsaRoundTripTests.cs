using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Elsa;
using static Workflows.Tests.Elsa.ElsaSamples;

namespace Workflows.Tests.Elsa;

/// <summary>A definition written as Elsa JSON and read back is the definition it was, children included.</summary>
public sealed class ElsaRoundTripTests
{
    public static TheoryData<string> Samples() =>
    [
        "start-end", "write-line", "set-variable", "variable-expression", "flow-decision", "flow-join-wait-all", "flow-join-wait-any",
        "flow-fork", "delay", "event", "fault", "flow-node", "nested-flowchart", "parallel-for-each", "http-endpoint",
        "merge-stream", "merge-merge", "merge-converge", "merge-cascade", "merge-race", "legacy-flat",
    ];

    private static string Json(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, DefinitionJson.Options);

    private static async Task<JsonObject> ExportAsync(ElsaImport import) =>
        await new ElsaExport(Registry).WriteAsync(import.Definition!, import.Publish,
            id => Task.FromResult(import.Children.SingleOrDefault(c => c.Id == id)));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task An_imported_sample_exported_and_imported_again_is_the_same_definition(string sample)
    {
        var first = Import(sample);

        var exported = await ExportAsync(first);
        var again = new ElsaDocument(Registry).Read(exported.ToJsonString());

        Assert.True(again.IsTranslated, string.Join("; ", again.Problems));
        Assert.Equal(Json(first.Definition!), Json(again.Definition!));
        Assert.Equal(first.Children.Select(Json), again.Children.Select(Json));
        Assert.Equal(first.Publish, again.Publish);
    }

    [Fact]
    public async Task The_export_is_in_the_current_Elsa_shape()
    {
        var exported = await ExportAsync(Import("legacy-flat"));

        Assert.Equal(ElsaExport.Schema, (string?)exported["$schema"]);
        Assert.Equal(("elsa-legacy-flat", false), ((string?)exported["definitionId"], (bool?)exported["isPublished"]));
        var root = exported["root"]!;
        Assert.Equal("Elsa.Flowchart", (string?)root["type"]);
        Assert.Equal("""{"source":{"activity":"check","port":"False"},"target":{"activity":"double","port":"In"},"vertices":[]}""",
            Text(root["connections"]![2]));
        var check = root["activities"]!.AsArray().Single(a => (string?)a!["id"] == "check")!;
        Assert.Equal("""{"typeName":"Boolean","expression":{"type":"JavaScript","value":"variables.total >= 8"}}""", Text(check["condition"]));
        Assert.Equal("""{"canStartWorkflow":false,"runAsynchronously":false}""", Text(check["customProperties"]));
        var start = root["activities"]![0]!;
        Assert.Equal(("start", "Elsa.Start"), ((string?)start["id"], (string?)start["type"]));
        Assert.Equal("Stream", (string?)root["activities"]![1]!["customProperties"]!["mergeMode"]);
        Assert.Equal("""[{"id":"total","name":"total","typeName":"Int32","isArray":false,"value":"1","storageDriverTypeName":"Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core"}]""",
            Text(exported["variables"]));
    }

    [Fact]
    public async Task An_activity_without_an_Elsa_type_is_written_as_ours_and_read_back()
    {
        var definition = new Tests.Infrastructure.Flow("signals")
            .Variables(new JsonObject { ["orderId"] = "o-1", ["payload"] = new JsonObject { ["a"] = new JsonArray(1, 2) }, ["limit"] = 2.5 })
            .Start()
            .Signal("wait", "shipped", Tests.Infrastructure.Flow.Expr("variables.orderId"), resultVariable: "payload")
            .Add("until", nameof(Activities.Timer), new JsonObject { ["until"] = "2026-12-24T18:00:00Z" })
            .Add("join", nameof(Join))
            .End()
            .Chain("start", "wait", "join", "end").Connect("start", "until").Connect("until", "join")
            .Build();

        var exported = await new ElsaExport(Registry).WriteAsync(definition, true, _ => Task.FromResult<WorkflowDefinition?>(null));
        var again = new ElsaDocument(Registry).Read(exported.ToJsonString());

        var types = exported["root"]!["activities"]!.AsArray().Select(a => (string?)a!["type"]);
        Assert.Equal(["Elsa.Start", "Library.Signal", "Library.Timer", "Elsa.FlowJoin", "Elsa.End"], types);
        Assert.True(again.IsTranslated, string.Join("; ", again.Problems));
        Assert.Equal(Json(definition), Json(again.Definition!));
    }
}
