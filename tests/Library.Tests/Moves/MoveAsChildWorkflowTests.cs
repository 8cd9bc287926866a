using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Moves;
using Library.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Traces;
using Workflows.Runtime;

namespace Library.Tests.Moves;

/// <summary>
/// The way a lending request will start a move: its step records the move request, the move runs as its child
/// workflow, and the parent learns how the move ended.
/// </summary>
public sealed class MoveAsChildWorkflowTests : IAsyncLifetime
{
    private const string Barcode = "39001000999";
    private readonly string _definitions = Path.Combine(Path.GetTempPath(), "library-definitions", Guid.NewGuid().ToString("N"));
    private LibraryHost _host = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_definitions);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflow-definitions"), "*.json"))
            File.Copy(file, Path.Combine(_definitions, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(_definitions, "parent.json"), Parent.ToJsonString());
        _host = LibraryHost.Start(new Dictionary<string, string?> { ["Workflows:DefinitionsPath"] = _definitions });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_definitions, recursive: true);
    }

    /// <summary>A stand-in for the lending workflow: runs the move as a child and ends saying how it ended.</summary>
    private static readonly JsonObject Parent = JsonNode.Parse("""
        {
          "id": "parent", "version": 1, "name": "runs a move as a child",
          "variables": { "moveId": null },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "run-move", "type": "RunWorkflow", "inputs": { "workflow": "move", "arguments": { "expression": "({ moveId: variables.moveId })" } } },
            { "id": "moved", "type": "End", "inputs": { "result": "Move completed" } },
            { "id": "not-moved", "type": "End", "inputs": { "result": "Move cancelled" } }
          ],
          "connections": [
            { "source": "start", "target": "run-move" },
            { "source": "run-move", "outcome": "Done", "target": "moved" },
            { "source": "run-move", "outcome": "Cancelled", "target": "not-moved" }
          ]
        }
        """)!.AsObject();

    private Task<(Guid Move, Guid Parent)> StartParentAsync() => _host.ServiceAsync<IServiceProvider, (Guid, Guid)>(async services =>
    {
        var move = services.GetRequiredService<MoveRequests>()
            .Record(new NewMove(Barcode, Place.Shelf("LAW", "GEN"), Place.Shelf("MAIN", "RS")), "lending", DateTime.UtcNow);
        var input = new JsonObject { [MoveRequests.MoveIdVariable] = move.Id.ToString() };
        var parent = await services.GetRequiredService<WorkflowRuntime>().StartAsync("parent", input, "lending-request-1", "lending");
        return (move.Id, parent.InstanceId);
    });

    private async Task<WorkflowTrace> InstanceAsync(Guid id) => (await _host.ServiceAsync<WorkflowTraces, WorkflowTrace?>(traces => traces.GetAsync(id)))!;

    [Fact]
    public async Task The_parent_learns_that_the_move_completed_when_the_item_is_scanned_in()
    {
        var (moveId, parentId) = await StartParentAsync();
        Assert.Equal(WorkflowStatus.Suspended, (await InstanceAsync(parentId)).Status);

        var scanned = await (await _host.Client.ScanAtDeskAsync(Barcode, "MAIN", "RS")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal((moveId, MoveStatus.Completed), (scanned.Id, scanned.Status));
        var parent = await InstanceAsync(parentId);
        Assert.Equal((WorkflowStatus.Finished, "Move completed"), (parent.Status, parent.Result));
    }

    [Fact]
    public async Task The_parent_learns_that_the_move_was_cancelled()
    {
        var (moveId, parentId) = await StartParentAsync();
        var response = await _host.Client.PostAsync($"/api/move-requests/{moveId}/cancel",
            System.Net.Http.Json.JsonContent.Create(new { reason = "Partner withdrew the request" }));
        Assert.Equal(MoveStatus.Cancelled, (await response.ReadAsync<MoveRequestView>(HttpStatusCode.OK)).Status);
        Assert.Equal("Move cancelled", (await InstanceAsync(parentId)).Result);
    }
}
