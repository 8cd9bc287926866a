using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;

namespace Library.Tests.Designer;

/// <summary>Start-up refuses an invalid definition file, naming the file and what is wrong with it.</summary>
public sealed class DefinitionLoadingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "library-definitions", Guid.NewGuid().ToString("N"));

    public DefinitionLoadingTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonObject Shipped() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflow-definitions", "digitization.json")))!.AsObject();

    private static Exception StartFails(string folder)
    {
        var error = Record.Exception(() => LibraryHost.Start(new Dictionary<string, string?> { ["Workflows:DefinitionsPath"] = folder }));
        Assert.NotNull(error);
        return error;
    }

    private static string Messages(Exception error)
    {
        var text = "";
        for (var e = error; e is not null; e = e.InnerException) text += e.Message + "\n";
        return text;
    }

    [Fact]
    public void An_unknown_activity_type_stops_start_up()
    {
        var definition = Shipped();
        definition["activities"]!.AsArray().Add(new JsonObject { ["id"] = "robot", ["type"] = "ScanWithRobot" });
        File.WriteAllText(Path.Combine(_folder, "digitization.json"), definition.ToJsonString());

        var messages = Messages(StartFails(_folder));
        Assert.Contains("digitization.json", messages);
        Assert.Contains("unknown type 'ScanWithRobot'", messages);
    }

    [Fact]
    public void A_dangling_connection_stops_start_up()
    {
        var definition = Shipped();
        definition["connections"]!.AsArray().Add(new JsonObject { ["source"] = "next-step", ["target"] = "nowhere" });
        File.WriteAllText(Path.Combine(_folder, "broken-links.json"), definition.ToJsonString());

        var messages = Messages(StartFails(_folder));
        Assert.Contains("broken-links.json", messages);
        Assert.Contains("unknown activity 'nowhere'", messages);
    }

    [Fact]
    public void Malformed_json_stops_start_up()
    {
        File.WriteAllText(Path.Combine(_folder, "half.json"), "{ \"id\": \"half\", \"activities\": [");

        var messages = Messages(StartFails(_folder));
        Assert.Contains("half.json", messages);
        Assert.Contains("malformed JSON", messages);
    }

    [Fact]
    public async Task A_changed_file_becomes_a_new_version_and_running_requests_stay_on_theirs()
    {
        File.WriteAllText(Path.Combine(_folder, "digitization.json"), Shipped().ToJsonString());
        await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Workflows:DefinitionsPath"] = _folder });
        var old = await host.Client.CreateAsync();
        Assert.Equal(1, old.Workflow?.Version);

        // The same content again is no new version; a changed name is.
        await host.RestartAsync();
        Assert.Equal(1, (await host.Client.CreateAsync(Api.NewRequest(barcode: "x1"))).Workflow?.Version);
        var changed = Shipped();
        changed["name"] = "Digitization request, revised";
        File.WriteAllText(Path.Combine(_folder, "digitization.json"), changed.ToJsonString());
        await host.RestartAsync();

        var fresh = await host.Client.CreateAsync(Api.NewRequest(barcode: "x2"));
        Assert.Equal(2, fresh.Workflow?.Version);
        await (await host.Client.ScanAtDepartmentAsync()).ReadAsync<Library.Host.Contracts.DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(1, (await host.Client.GetRequestAsync(old.Id)).Workflow?.Version);

        // The file's version was the active one, so the file's new version is.
        Assert.Equal([(1, DefinitionState.Previous, "digitization.json"), (2, DefinitionState.Active, "digitization.json")],
            (await host.Client.VersionsAsync()).Select(v => (v.Version, v.State, v.Source)));
    }

    [Fact]
    public void A_definition_file_that_lost_a_wait_the_service_resumes_stops_start_up()
    {
        File.WriteAllText(Path.Combine(_folder, "digitization.json"), DefinitionApi.Without(Shipped(), "await-cancellation").ToJsonString());

        var messages = Messages(StartFails(_folder));
        Assert.Contains("digitization.json", messages);
        Assert.Contains("'CancelRequest'", messages);
    }

    [Fact]
    public async Task A_changed_file_waits_as_a_draft_while_a_version_an_administrator_activated_in_the_designer_runs()
    {
        await using var host = await WithDesignersVersionActiveAsync();

        var changed = Shipped();
        changed["name"] = "Digitization request, as the new release ships it";
        File.WriteAllText(Path.Combine(_folder, "digitization.json"), changed.ToJsonString());
        await host.RestartAsync();

        Assert.Equal([(1, DefinitionState.Previous, "digitization.json"), (2, DefinitionState.Active, "designer:admin"), (3, DefinitionState.Draft, "digitization.json")],
            (await host.Client.VersionsAsync()).Select(v => (v.Version, v.State, v.Source)));
        Assert.Equal(2, (await host.Client.CreateAsync()).Workflow?.Version);
    }

    [Fact]
    public async Task The_file_s_version_is_activated_again_when_the_active_version_no_longer_passes_the_checks()
    {
        await using var host = await WithDesignersVersionActiveAsync();

        // As a version stored by an earlier release would be, before the service resumed a wait it lacks.
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE workflow_definitions SET \"Json\" = {0} WHERE \"DefinitionId\" = 'digitization' AND \"Version\" = 2",
            RequiredWaitTests.StartToEnd("digitization").ToJsonString()));
        await host.RestartAsync();

        Assert.Equal([(1, DefinitionState.Active), (2, DefinitionState.Previous)], (await host.Client.VersionsAsync()).Select(v => (v.Version, v.State)));
        Assert.Equal(1, (await host.Client.CreateAsync()).Workflow?.Version);
    }

    /// <summary>A host on the folder, holding the shipped digitization file as version 1 and the designer's version 2, active.</summary>
    private async Task<LibraryHost> WithDesignersVersionActiveAsync()
    {
        File.WriteAllText(Path.Combine(_folder, "digitization.json"), Shipped().ToJsonString());
        var host = LibraryHost.Start(new Dictionary<string, string?> { ["Workflows:DefinitionsPath"] = _folder });
        await (await host.Client.PublishAsync(DefinitionApi.Renamed("Designed here"), activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        return host;
    }
}
