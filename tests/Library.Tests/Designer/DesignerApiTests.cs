using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Digitization;
using Microsoft.Extensions.DependencyInjection;
using Library.Tests.Infrastructure;
using Workflows.Definitions;
using Workflows.Runtime;
using static Library.Tests.Infrastructure.DefinitionApi;

namespace Library.Tests.Designer;

/// <summary>The designer's definition endpoints: the active version, validation, publishing and export.</summary>
public sealed class DesignerApiTests : HostTest
{
    private static JsonObject Revised(string name = "Digitization request, revised by the designer") => Renamed(name);

    [Fact]
    public async Task The_active_version_is_served_by_the_definition_id_alone()
    {
        var first = await Client.ActiveAsync();
        Assert.Equal(1, first["version"]!.GetValue<int>());
        Assert.Equal(Shipped()["name"]!.GetValue<string>(), first["name"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(first, JsonNode.Parse(await Client.GetStringAsync("/api/workflow-definitions/digitization/1"))));

        await (await Client.PublishAsync(Revised())).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        Assert.Equal(1, (await Client.ActiveAsync())["version"]!.GetValue<int>());

        await (await Client.ActivateAsync("digitization", 2)).ReadAsync<DefinitionSummary>(HttpStatusCode.OK);
        var active = await Client.ActiveAsync();
        Assert.Equal(2, active["version"]!.GetValue<int>());
        Assert.Equal("Digitization request, revised by the designer", active["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/workflow-definitions/no-such-definition", "no-such-definition")]
    [InlineData("/api/workflow-definitions/digitization/9", "version 9")]
    [InlineData("/api/workflow-definitions/digitization/9/export", "version 9")]
    [InlineData("/api/workflow-definitions/no-such-definition/1/export", "no-such-definition")]
    public async Task An_unknown_definition_or_version_is_404(string path, string mention) =>
        await (await Client.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound, mention);

    [Fact]
    public async Task Validate_accepts_a_runnable_definition_and_stores_nothing()
    {
        var response = await Client.PostJsonAsync("/api/workflow-definitions/validate", Revised().ToJsonString());

        var body = await response.ReadAsync<JsonObject>(HttpStatusCode.OK);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["valid"] = true }, body));
        Assert.Equal([1], (await Client.VersionsAsync()).Select(v => v.Version));
    }

    [Fact]
    public async Task Validate_keys_each_problem_by_the_activity_it_is_about_and_the_rest_by_definition()
    {
        var definition = Shipped();
        ActivityOf(definition, "needs-approval")["inputs"] = new JsonObject();
        ActivityOf(definition, "scan-in")["inputs"]!["colour"] = "red";
        definition["connections"]!.AsArray().Add(new JsonObject { ["source"] = "next-step", ["outcome"] = "Maybe", ["target"] = "target" });
        definition["name"] = " ";

        var problem = await (await Client.PostJsonAsync("/api/workflow-definitions/validate", definition.ToJsonString()))
            .ProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["definition", "needs-approval", "next-step", "scan-in"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("missing required input 'condition'", Messages(errors, "needs-approval").Single());
        Assert.Contains("has no input 'colour'", Messages(errors, "scan-in").Single());
        Assert.Contains("has no outcome 'Maybe'; it has Done", Messages(errors, "next-step").Single());
        Assert.Equal(["'name' is required"], Messages(errors, "definition"));
    }

    [Theory]
    [InlineData("{ \"id\": \"half\", \"activities\": [", "malformed JSON")]
    [InlineData("", "malformed JSON")]
    [InlineData("[]", "malformed JSON")]
    [InlineData("{ \"id\": 5 }", "$.id")]
    [InlineData("null", "holds no definition")]
    [InlineData("{ \"name\": \"No id\", \"activities\": [{ \"id\": \"start\", \"type\": \"Start\" }] }", "'id' is required")]
    [InlineData("{ \"id\": \"  \", \"name\": \"Blank id\", \"activities\": [{ \"id\": \"start\", \"type\": \"Start\" }] }", "'id' is required")]
    [InlineData("{ \"id\": \"d\", \"name\": \"N\", \"activities\": null }", "'activities' must be a list")]
    [InlineData("{ \"id\": \"d\", \"name\": \"N\", \"activities\": [{ \"id\": \"start\", \"type\": \"Start\" }], \"connections\": [null] }", "a connection is null")]
    public async Task Publishing_an_unreadable_body_is_400_under_definition_and_stores_nothing(string body, string mention)
    {
        var problem = await (await Client.PostJsonAsync("/api/workflow-definitions", body)).ProblemAsync(HttpStatusCode.BadRequest, mention);

        Assert.Contains(mention, string.Join("\n", Messages(problem["errors"]!.AsObject(), DefinitionProblem.DefinitionKey)));
        Assert.Equal([1], (await Client.VersionsAsync()).Select(v => v.Version));
        Assert.Empty(await Client.VersionsAsync("d"));
    }

    [Theory]
    [InlineData("{ \"id\": \"d\", \"name\": \"N\", \"variables\": { \"shelf\": \"\\ud800x\" }, \"activities\": [{ \"id\": \"start\", \"type\": \"Start\" }] }", "the string in 'shelf' holds an unpaired surrogate")]
    [InlineData("{ \"id\": \"d\", \"name\": \"N\", \"activities\": [{ \"id\": \"start\", \"type\": \"Start\" }, { \"id\": \"wait\", \"type\": \"Signal\", \"inputs\": { \"name\": \"\\ud800x\", \"key\": \"k\" } }], \"connections\": [{ \"source\": \"start\", \"target\": \"wait\" }] }", "the string in 'name' holds an unpaired surrogate")]
    [InlineData("{ \"id\": \"d\", \"name\": \"N\", \"variables\": { \"\\udc00\": 1 }, \"activities\": [{ \"id\": \"start\", \"type\": \"Start\" }] }", "a property name after 'variables' holds an unpaired surrogate")]
    public async Task A_string_with_an_unpaired_surrogate_is_400_on_validate_and_publish_and_stores_nothing(string body, string mention)
    {
        foreach (var path in new[] { "/api/workflow-definitions/validate", "/api/workflow-definitions" })
        {
            var problem = await (await Client.PostJsonAsync(path, body)).ProblemAsync(HttpStatusCode.BadRequest, mention);
            Assert.Contains(mention, Messages(problem["errors"]!.AsObject(), DefinitionProblem.DefinitionKey).Single());
        }
        Assert.Empty(await Client.VersionsAsync("d"));
    }

    [Theory]
    [InlineData("id", 101, "'id' is 101 characters long; at most 100")]
    [InlineData("name", 201, "'name' is 201 characters long; at most 200")]
    [InlineData("id", 1_000_000, "'id' is 1000000 characters long; at most 100")]
    public async Task An_id_or_name_longer_than_the_store_holds_is_400_on_validate_and_publish(string field, int length, string mention)
    {
        var definition = Revised();
        definition[field] = new string('x', length);

        foreach (var path in new[] { "/api/workflow-definitions/validate", "/api/workflow-definitions" })
        {
            var problem = await (await Client.PostJsonAsync(path, definition.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest, mention);
            Assert.Equal([mention], Messages(problem["errors"]!.AsObject(), DefinitionProblem.DefinitionKey));
        }
        Assert.DoesNotContain(await (await Client.GetAsync("/api/workflow-definitions")).ReadAsync<List<DefinitionSummary>>(HttpStatusCode.OK), d => d.Id.StartsWith('x'));
        Assert.Equal([1], (await Client.VersionsAsync()).Select(v => v.Version));
    }

    [Fact]
    public async Task Publishing_something_other_than_json_is_400()
    {
        await (await Client.PostJsonAsync("/api/workflow-definitions", Revised().ToJsonString(), contentType: "text/plain"))
            .ProblemAsync(HttpStatusCode.BadRequest, "Content-Type: application/json");
        Assert.Equal([1], (await Client.VersionsAsync()).Select(v => v.Version));
    }

    [Fact]
    public async Task Publishing_an_invalid_definition_is_400_naming_the_activity_and_stores_nothing()
    {
        var definition = Revised();
        ActivityOf(definition, "next-step")["type"] = "ScanWithRobot";

        var problem = await (await Client.PublishAsync(definition)).ProblemAsync(HttpStatusCode.BadRequest, "unknown type 'ScanWithRobot'");

        // The unknown activity waits for nothing, so the definition also lost the wait Next Step resumes.
        Assert.Equal(["definition", "next-step"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("'NextStep'", Messages(problem["errors"]!.AsObject(), "definition").Single());
        Assert.Equal([1], (await Client.VersionsAsync()).Select(v => v.Version));
    }

    [Fact]
    public async Task Publishing_with_activate_adds_a_version_new_requests_start_on_and_running_ones_stay_on_theirs()
    {
        var running = await Client.CreateAsync();
        var definition = Revised();
        definition["version"] = 41; // ignored: the store numbers versions

        var response = await Client.PublishAsync(definition, activate: true);

        var published = await response.ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        Assert.Equal("/api/workflow-definitions/digitization/2", response.Headers.Location?.OriginalString);
        Assert.Equal(("digitization", 2, "Digitization request, revised by the designer", DefinitionState.Active, true, "designer:admin", "admin"),
            (published.Id, published.Version, published.Name, published.State, published.Published, published.Source, published.ActivatedBy));
        Assert.Equal(published, (await Client.VersionsAsync())[^1]);

        var fresh = await Client.CreateAsync(Api.NewRequest(barcode: "39001000456"));
        Assert.Equal(2, fresh.Workflow?.Version);
        var scanned = await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((running.Id, DigitizationStatus.Digitization, 1), (scanned.Id, scanned.Status, scanned.Workflow?.Version));
    }

    [Fact]
    public async Task Publishing_the_newest_content_again_answers_200_with_that_version_and_adds_none()
    {
        var first = await (await Client.PublishAsync(Revised())).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        // Formatting, the version number and who publishes are not content.
        var someoneElse = await Host.StaffAsync("someone-else", ("General System Administrator", []));
        var again = await (await someoneElse.PostJsonAsync("/api/workflow-definitions", Revised().ToJsonString(new() { WriteIndented = true })))
            .ReadAsync<DefinitionSummary>(HttpStatusCode.OK);

        Assert.Equal(first, again);
        Assert.Equal([1, 2], (await Client.VersionsAsync()).Select(v => v.Version));
    }

    [Fact]
    public async Task Export_is_the_definition_file_indented_as_an_attachment_and_reads_back_to_the_same_content()
    {
        await (await Client.PublishAsync(Revised())).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        var response = await Client.GetAsync("/api/workflow-definitions/digitization/2/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"digitization.json\"", string.Join(", ", response.Content.Headers.GetValues("Content-Disposition")));
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("{\n  \"id\": \"digitization\",\n  \"version\": 2,", text.ReplaceLineEndings("\n"));
        Assert.Contains("\"requestId\": null", text); // variables keep their null initial values
        Assert.DoesNotContain("\"position\"", text);  // absent layout stays absent

        var exported = await Host.ServiceAsync<DefinitionReader, string>(reader => Task.FromResult(DefinitionReader.ContentHash(reader.Read(text, "digitization.json"))));
        var stored = await Host.ServiceAsync<IServiceProvider, string>(async services => DefinitionReader.ContentHash(services.GetRequiredService<DefinitionReader>()
            .Read((await services.GetRequiredService<WorkflowDefinitionStore>().GetJsonAsync("digitization", 2))!, "stored")));
        Assert.Equal(stored, exported);
    }

    [Fact]
    public async Task A_restart_keeps_the_version_the_designer_published_and_activated_over_the_unchanged_file()
    {
        await (await Client.PublishAsync(Revised(), activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        await Host.RestartAsync();

        Assert.Equal([(1, "digitization.json"), (2, "designer:admin")], (await Client.VersionsAsync()).Select(v => (v.Version, v.Source)));
        Assert.Equal("Digitization request, revised by the designer", (await Client.ActiveAsync())["name"]!.GetValue<string>());
        Assert.Equal(2, (await Client.CreateAsync()).Workflow?.Version);
    }

    [Fact]
    public async Task An_exported_version_put_in_the_definitions_folder_adds_no_version_on_restart_nor_after_a_later_publish()
    {
        var folder = Path.Combine(Host.Folder, "workflow-definitions");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflow-definitions"), "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Workflows:DefinitionsPath"] = folder });
        await (await host.Client.PublishAsync(Revised())).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        var exported = await (await host.Client.GetAsync("/api/workflow-definitions/digitization/2/export")).Content.ReadAsStringAsync();
        await File.WriteAllTextAsync(Path.Combine(folder, "digitization.json"), exported);
        await host.RestartAsync();
        Assert.Equal([1, 2], (await host.Client.VersionsAsync()).Select(v => v.Version));

        await (await host.Client.PublishAsync(Revised("Digitization request, third"), activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        await host.RestartAsync();
        Assert.Equal([1, 2, 3], (await host.Client.VersionsAsync()).Select(v => v.Version));
        Assert.Equal("Digitization request, third", (await host.Client.ActiveAsync())["name"]!.GetValue<string>());
    }

    private static List<string> Messages(JsonObject errors, string key) =>
        errors[key]?.AsArray().Select(m => m!.GetValue<string>()).ToList() ?? [];
}
