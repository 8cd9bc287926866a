using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

public sealed class DefinitionTests
{
    private const string Valid = """
        {
          "id": "greeting",
          "name": "Greeting",
          "variables": { "name": "world" },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "greet", "type": "SetVariable", "inputs": { "variable": "text", "value": { "expression": "'hello ' + variables.name" } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [
            { "source": "start", "target": "greet" },
            { "source": "greet", "outcome": "Done", "target": "end" }
          ]
        }
        """;

    public static TheoryData<string, string> Broken => new()
    {
        { Valid.Replace("\"type\": \"SetVariable\"", "\"type\": \"Teleport\""), "activity 'greet' has unknown type 'Teleport'" },
        { Valid.Replace("\"target\": \"end\"", "\"target\": \"nowhere\""), "connection to unknown activity 'nowhere' (dangling connection)" },
        { Valid.Replace("{ \"source\": \"start\"", "{ \"source\": \"ghost\""), "connection from unknown activity 'ghost' (dangling connection)" },
        { Valid.Replace("\"outcome\": \"Done\"", "\"outcome\": \"Maybe\""), "activity 'greet' (SetVariable) has no outcome 'Maybe'; it has Done" },
        { Valid.Replace("\"variable\": \"text\", ", ""), "activity 'greet' (SetVariable) is missing required input 'variable'" },
        { Valid.Replace("\"variable\": \"text\"", "\"variable\": \"text\", \"colour\": \"red\""), "activity 'greet' (SetVariable) has no input 'colour'" },
        { Valid.Replace("{ \"id\": \"start\", \"type\": \"Start\" },", ""), "a definition needs exactly one Start activity, found 0" },
        { Valid.Replace("\"id\": \"end\"", "\"id\": \"greet\""), "activity id 'greet' is used twice" },
        { Valid.Replace("\"type\": \"End\"", "\"type\": \"End\", \"on\": \"Done\""),
            "activity 'end' has 'on', which only an activity a state machine's action runs has; connect its outcome instead" },
        { Valid[..^20], "malformed JSON" },
        { "null", "the file holds no definition" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Invalid_definition_is_rejected_with_its_source_and_the_problem(string json, string problem)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var reader = host.Services.GetRequiredService<DefinitionReader>();

        var error = Assert.Throws<InvalidDefinitionException>(() => reader.Read(json, "orders/broken.json"));

        Assert.Equal("orders/broken.json", error.FileName);
        Assert.StartsWith("Workflow definition 'orders/broken.json' is invalid: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public async Task Valid_definition_reads_and_runs()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var definition = host.Services.GetRequiredService<DefinitionReader>().Read(Valid, "greeting.json");
        await host.PublishAsync(definition);

        var started = await host.StartAsync("greeting", new JsonObject { ["name"] = "Ada" });

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Equal("hello Ada", (string?)(await host.InstanceAsync(started.InstanceId)).Variables["text"]);
    }

    [Fact]
    public async Task Publishing_an_invalid_definition_names_the_source_and_stores_nothing()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var definition = new Flow("bad").Start().Add("x", nameof(Decision)).Chain("start", "x").Connect("x", "start", "Maybe").Build();

        var error = await Assert.ThrowsAsync<InvalidDefinitionException>(() => host.PublishAsync(definition, "designer"));

        Assert.Equal("designer", error.FileName);
        Assert.Contains(new DefinitionProblem("x", "activity 'x' (Decision) is missing required input 'condition'"), error.Problems);
        Assert.Contains(new DefinitionProblem("x", "activity 'x' (Decision) has no outcome 'Maybe'; it has True, False"), error.Problems);
        Assert.Empty(await StoredAsync(host));
    }

    [Fact]
    public async Task Importing_a_folder_adds_a_version_only_when_a_file_content_changed()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var importer = host.Services.GetRequiredService<DefinitionImporter>();
        var folder = Path.Combine(host.Directory, "definitions");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "greeting.json");

        await File.WriteAllTextAsync(file, Valid);
        await importer.ImportFolderAsync(folder);
        await importer.ImportFolderAsync(folder);
        Assert.Equal([1], (await StoredAsync(host)).Select(d => d.Version));

        // Formatting is not content.
        await File.WriteAllTextAsync(file, JsonNode.Parse(Valid)!.ToJsonString());
        await importer.ImportFolderAsync(folder);
        Assert.Equal([1], (await StoredAsync(host)).Select(d => d.Version));

        await File.WriteAllTextAsync(file, Valid.Replace("'hello '", "'hi '"));
        await importer.ImportFolderAsync(folder);
        await importer.ImportFolderAsync(folder);
        var stored = await StoredAsync(host);
        Assert.Equal([1, 2], stored.Select(d => d.Version));
        Assert.All(stored, d => Assert.Equal("greeting.json", d.Source));

        var started = await host.StartAsync("greeting");
        Assert.Equal("hi world", (string?)(await host.InstanceAsync(started.InstanceId)).Variables["text"]);
    }

    [Fact]
    public async Task Importing_an_unchanged_file_keeps_a_version_published_since_and_a_changed_one_still_becomes_newest()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var importer = host.Services.GetRequiredService<DefinitionImporter>();
        var reader = host.Services.GetRequiredService<DefinitionReader>();
        var folder = Path.Combine(host.Directory, "definitions");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "greeting.json");
        await File.WriteAllTextAsync(file, Valid);
        await importer.ImportFolderAsync(folder);

        var designed = reader.Read(Valid.Replace("'hello '", "'good day '"), "designer");
        var store = host.Services.GetRequiredService<WorkflowDefinitionStore>();
        Assert.Equal(new StoredVersion(2, Added: true), await store.PublishAsync(designed, "designer:ada"));
        await importer.ImportFolderAsync(folder);
        Assert.Equal([1, 2], (await StoredAsync(host)).Select(d => d.Version));

        // The designer's version exported into the folder is no new version either.
        await File.WriteAllTextAsync(file, Valid.Replace("'hello '", "'good day '"));
        await importer.ImportFolderAsync(folder);
        Assert.Equal([1, 2], (await StoredAsync(host)).Select(d => d.Version));

        // The designer's version stays the one that runs; the file's new one waits for an administrator.
        await File.WriteAllTextAsync(file, Valid.Replace("'hello '", "'hi '"));
        await importer.ImportFolderAsync(folder);
        Assert.Equal([(1, "greeting.json"), (2, "designer:ada"), (3, "greeting.json")], (await StoredAsync(host)).Select(d => (d.Version, d.Source)));
        Assert.Equal([DefinitionState.Previous, DefinitionState.Active, DefinitionState.Draft], (await store.ListAsync()).Select(v => v.State));
        Assert.Equal("good day world", (string?)(await host.InstanceAsync((await host.StartAsync("greeting")).InstanceId)).Variables["text"]);
    }

    [Fact]
    public async Task A_draft_starts_nothing_until_it_is_activated_and_the_version_active_before_stays_one_activation_away()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var reader = host.Services.GetRequiredService<DefinitionReader>();
        var store = host.Services.GetRequiredService<WorkflowDefinitionStore>();
        await host.PublishAsync(reader.Read(Valid, "greeting.json"));
        async Task<string?> GreetAsync() => (string?)(await host.InstanceAsync((await host.StartAsync("greeting")).InstanceId)).Variables["text"];

        Assert.Equal(new StoredVersion(2, Added: true), await store.AddDraftAsync(reader.Read(Valid.Replace("'hello '", "'hi '"), "designer"), "designer:ada"));
        Assert.Equal("hello world", await GreetAsync());
        Assert.Equal([DefinitionState.Active, DefinitionState.Draft], (await store.ListAsync()).Select(v => v.State));

        var activated = await store.ActivateAsync("greeting", 2, "ada");
        Assert.Equal((2, DefinitionState.Active, "ada"), (activated!.Version, activated.State, activated.ActivatedBy));
        Assert.Equal("hi world", await GreetAsync());
        Assert.Equal([DefinitionState.Previous, DefinitionState.Active], (await store.ListAsync()).Select(v => v.State));

        await store.ActivateAsync("greeting", 1, "ada");
        Assert.Equal("hello world", await GreetAsync());
        Assert.Equal([DefinitionState.Active, DefinitionState.Previous], (await store.ListAsync()).Select(v => v.State));
        Assert.Null(await store.ActivateAsync("greeting", 7, "ada"));
    }

    [Fact]
    public async Task A_definition_must_keep_the_waits_its_callers_resume_reachable_from_start()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var reader = new DefinitionReader(host.Services.GetRequiredService<ActivityRegistry>(),
            new RequiredWaits(new Dictionary<string, IReadOnlyList<RequiredWait>> { ["greeting"] = [new(HttpTrigger.BookmarkName, "the shop's webhook")] }));
        const string trigger = """{ "id": "paid", "type": "HttpTrigger", "inputs": { "route": "orders/paid" } }, """;

        var missing = Assert.Single(reader.Check(Valid).Problems);
        Assert.Equal(DefinitionProblem.DefinitionKey, missing.Key);
        Assert.Equal("'greeting' must keep the wait 'http', which the shop's webhook resumes: no activity reachable from Start waits there (the activity types that wait there: HttpEndpoint, HttpTrigger)", missing.Message);

        var unreachable = Valid.Replace("{ \"id\": \"end\"", trigger + "{ \"id\": \"end\"");
        Assert.Equal(missing, Assert.Single(reader.Check(unreachable).Problems));

        var reached = unreachable.Replace("{ \"source\": \"greet\", \"outcome\": \"Done\", \"target\": \"end\" }",
            "{ \"source\": \"greet\", \"target\": \"paid\" }, { \"source\": \"paid\", \"target\": \"end\" }");
        Assert.Empty(reader.Check(reached).Problems);
        Assert.Empty(reader.Check(Valid.Replace("\"greeting\"", "\"other\"")).Problems);
    }

    [Fact]
    public async Task Problems_name_the_activity_they_are_about_or_else_the_definition()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var reader = host.Services.GetRequiredService<DefinitionReader>();

        var check = reader.Check(Valid.Replace("\"variable\": \"text\", ", "").Replace("{ \"id\": \"start\", \"type\": \"Start\" },", ""));

        Assert.False(check.IsValid);
        Assert.Null(check.Definition);
        // The removed Start leaves its connection dangling too.
        Assert.Equal(["greet", DefinitionProblem.DefinitionKey, DefinitionProblem.DefinitionKey], check.Problems.Select(p => p.Key));
        Assert.Equal(DefinitionProblem.DefinitionKey, Assert.Single(reader.Check("{ \"id\": ").Problems).Key);
        var nulls = reader.Check("""{ "id": "n", "name": "N", "activities": [{ "id": "a", "type": null, "inputs": null }], "connections": [null] }""");
        Assert.Equal(["a", DefinitionProblem.DefinitionKey, DefinitionProblem.DefinitionKey], nulls.Problems.Select(p => p.Key));
    }

    [Fact]
    public async Task Importing_a_folder_with_one_invalid_file_stores_none_of_its_files()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var importer = host.Services.GetRequiredService<DefinitionImporter>();
        var folder = Path.Combine(host.Directory, "definitions");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a-good.json"), Valid);
        await File.WriteAllTextAsync(Path.Combine(folder, "b-bad.json"), Valid.Replace("\"greeting\"", "\"other\"").Replace("Start\" }", "Begin\" }"));

        var error = await Assert.ThrowsAsync<InvalidDefinitionException>(() => importer.ImportFolderAsync(folder));

        Assert.Equal("b-bad.json", error.FileName);
        Assert.Contains("unknown type 'Begin'", error.Message);
        Assert.Empty(await StoredAsync(host));
    }

    private static async Task<List<StoredDefinition>> StoredAsync(WorkflowTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Definitions.AsNoTracking()
            .OrderBy(d => d.DefinitionId).ThenBy(d => d.Version).ToListAsync();
    }
}
