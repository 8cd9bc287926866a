using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

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

        var versions = await (await host.Client.GetAsync("/api/workflow-definitions")).ReadAsync<List<DefinitionSummary>>(HttpStatusCode.OK);
        Assert.Equal([1, 2], versions.Where(v => v.Id == "digitization").Select(v => v.Version));
    }
}
