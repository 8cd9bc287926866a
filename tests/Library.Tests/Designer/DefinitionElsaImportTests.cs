using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Runtime;
using static Library.Tests.Infrastructure.DefinitionApi;

namespace Library.Tests.Designer;

/// <summary>
/// Importing a definition exported from Elsa Studio (POST /api/workflow-definitions/import) and exporting a version in
/// Elsa's format (GET .../export?format=elsa): what is stored, what is refused, and that an export imports back as the
/// version it came from.
/// </summary>
public sealed class DefinitionElsaImportTests : HostTest
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elsa", "Samples", name + ".json"));

    private Task<HttpResponseMessage> ImportAsync(string json, string? id = null, HttpClient? client = null) =>
        (client ?? Client).PostJsonAsync(id is null ? "/api/workflow-definitions/import" : $"/api/workflow-definitions/import?id={id}", json);

    private async Task<string> ExportAsync(string id, int version)
    {
        var response = await Client.GetAsync($"/api/workflow-definitions/{id}/{version}/export?format=elsa");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{id}.elsa.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<List<(string, int, DefinitionState)>> AllVersionsAsync() =>
        (await (await Client.GetAsync("/api/workflow-definitions")).ReadAsync<List<DefinitionSummary>>(HttpStatusCode.OK))
        .Select(d => (d.Id, d.Version, d.State)).ToList();

    [Fact]
    public async Task An_imported_definition_is_201_and_active_with_the_child_its_ParallelForEach_runs()
    {
        var summary = await (await ImportAsync(Sample("parallel-for-each"))).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        Assert.Equal(("elsa-parallel-for-each", 1, "ParallelForEach", DefinitionState.Active, "elsa:admin"),
            (summary.Id, summary.Version, summary.Name, summary.State, summary.Source));
        Assert.Contains(("elsa-parallel-for-each.each", 1, DefinitionState.Active), await AllVersionsAsync());
        var stored = await Client.ActiveAsync("elsa-parallel-for-each");
        var each = ActivityOf(stored, "each");
        Assert.Equal(("ParallelForEach", "elsa-parallel-for-each.each"), ((string?)each["type"], (string?)each["inputs"]!["body"]));
    }

    [Fact]
    public async Task An_unpublished_Elsa_definition_is_stored_as_a_draft_under_the_id_given()
    {
        var summary = await (await ImportAsync(Sample("legacy-flat"), id: "doubling")).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        Assert.Equal(("doubling", 1, DefinitionState.Draft), (summary.Id, summary.Version, summary.State));
        Assert.DoesNotContain(await AllVersionsAsync(), v => v.Item1 == "elsa-legacy-flat");
    }

    [Fact]
    public async Task Every_unsupported_activity_type_and_expression_language_is_refused_in_one_400_and_nothing_is_stored()
    {
        var before = await AllVersionsAsync();

        var problem = await (await ImportAsync(Sample("unsupported"))).ProblemAsync(HttpStatusCode.BadRequest,
            "'Acme.SendSms'", "'Elsa.Sequence'", "Liquid", "CSharp");

        Assert.Equal(["sms", "steps", "greet", "compute"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(before, await AllVersionsAsync());
    }

    [Fact]
    public async Task A_refused_import_stores_none_of_the_children_it_would_have_brought()
    {
        var document = JsonNode.Parse(Sample("parallel-for-each"))!;
        document["root"]!["activities"]!.AsArray().Add(new JsonObject { ["id"] = "sms", ["type"] = "Acme.SendSms" });
        var before = await AllVersionsAsync();

        await RefusedWithoutChange(() => ImportAsync(document.ToJsonString()), HttpStatusCode.BadRequest, "'Acme.SendSms'");

        Assert.Equal(before, await AllVersionsAsync());
    }

    [Fact]
    public async Task A_translated_definition_that_cannot_run_here_is_refused_with_the_reader_s_problems()
    {
        // A workflow that waits for a library activity's input it does not give.
        var document = JsonNode.Parse(Sample("start-end"))!;
        document["root"]!["activities"]!.AsArray().Add(new JsonObject { ["id"] = "scan", ["type"] = "Library.ScanIn" });

        await RefusedWithoutChange(() => ImportAsync(document.ToJsonString()), HttpStatusCode.BadRequest, "activity 'scan' (ScanIn) is missing required input");
    }

    [Fact]
    public async Task Only_a_general_system_administrator_imports()
    {
        var manager = await Host.StaffAsync("manager", ("Fulfillment Services Manager", []));

        await RefusedWithoutChange(() => ImportAsync(Sample("start-end"), client: manager), HttpStatusCode.Forbidden, "General System Administrator");
        Assert.DoesNotContain(await AllVersionsAsync(), v => v.Item1 == "elsa-start-end");
    }

    [Theory]
    [InlineData("digitization")]
    [InlineData("approval")]
    [InlineData("move")]
    [InlineData("lending")]
    public async Task The_library_s_definitions_exported_as_Elsa_JSON_import_back_as_the_version_they_came_from(string id)
    {
        var before = await AllVersionsAsync();
        var active = (await Client.VersionsAsync(id)).Single(v => v.State == DefinitionState.Active);

        var exported = await ExportAsync(id, active.Version);
        var again = await (await ImportAsync(exported)).ReadAsync<DefinitionSummary>(HttpStatusCode.OK);

        Assert.Equal((id, active.Version, DefinitionState.Active), (again.Id, again.Version, again.State));
        Assert.Equal(before, await AllVersionsAsync());
    }

    [Fact]
    public async Task An_imported_Elsa_definition_exported_and_imported_again_adds_no_version_of_it_or_its_child()
    {
        await (await ImportAsync(Sample("flow-node"))).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        var before = await AllVersionsAsync();

        var exported = JsonNode.Parse(await ExportAsync("elsa-flow-node", 1))!;
        var again = await (await ImportAsync(exported.ToJsonString())).ReadAsync<DefinitionSummary>(HttpStatusCode.OK);

        Assert.Equal(("elsa-flow-node", 1), (again.Id, again.Version));
        Assert.Equal(before, await AllVersionsAsync());
        var nested = exported["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "nested")!;
        Assert.Equal("Elsa.Flowchart", (string?)nested["type"]);
        Assert.Equal(["inner-start", "inner-mark", "inner-end"], nested["activities"]!.AsArray().Select(a => (string?)a!["id"]));
    }

    [Fact]
    public async Task Export_in_another_format_is_400_naming_the_format()
    {
        var problem = await (await Client.GetAsync("/api/workflow-definitions/digitization/1/export?format=bpmn")).ProblemAsync(HttpStatusCode.BadRequest, "'bpmn'");

        Assert.True(problem["errors"]!.AsObject().ContainsKey("format"));
    }
}
