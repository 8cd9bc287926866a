using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Traces;

namespace Library.Tests.Designer;

/// <summary>
/// The generic triggers a librarian's own definition can wait on: a named signal and an HTTP route. Their JSON payload
/// is optional; one that cannot be read is refused and the workflow keeps waiting.
/// </summary>
public sealed class TriggerTests : HostTest
{
    private static readonly JsonObject Definition = JsonNode.Parse("""
        {
          "id": "shelf-check", "name": "Shelf check",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "counted", "type": "Signal", "inputs": { "name": "counted", "key": { "expression": "variables.shelf" }, "resultVariable": "count" } },
            { "id": "checked", "type": "HttpTrigger", "inputs": { "route": { "expression": "'shelves/' + variables.shelf + '/checked'" } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [ { "source": "start", "target": "counted" }, { "source": "counted", "target": "checked" }, { "source": "checked", "target": "end" } ]
        }
        """)!.AsObject();

    private async Task<Guid> StartAsync(string shelf)
    {
        var published = await Client.PublishAsync(Definition, activate: true);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var started = await Host.ServiceAsync<WorkflowRuntime, StartResult>(runtime =>
            runtime.StartAsync("shelf-check", new JsonObject { ["shelf"] = shelf }, correlationId: null, actor: "tester"));
        return started.InstanceId;
    }

    private Task<WorkflowTrace?> TraceAsync(Guid instance) => Host.ServiceAsync<WorkflowTraces, WorkflowTrace?>(traces => traces.GetAsync(instance));

    [Fact]
    public async Task A_signal_and_an_http_trigger_resume_the_workflow_waiting_on_them_with_or_without_a_payload()
    {
        var instance = await StartAsync("A-12");

        var counted = await (await Client.PostAsJsonAsync("/api/signals/counted/A-12", new { items = 41 })).ReadAsync<TriggerResult>(HttpStatusCode.OK);
        Assert.Equal((instance, WorkflowStatus.Suspended), (counted.InstanceId, counted.Status));
        Assert.Equal(41, (int?)(await TraceAsync(instance))!.Variables["count"]?["items"]);

        var checkedResult = await (await Client.PostAsync("/workflows/http/shelves/A-12/checked", null)).ReadAsync<TriggerResult>(HttpStatusCode.OK);
        Assert.Equal(WorkflowStatus.Finished, checkedResult.Status);
    }

    [Fact]
    public async Task A_payload_that_is_not_a_json_object_is_refused_and_the_workflow_keeps_waiting()
    {
        var instance = await StartAsync("B-3");

        await RefusedWithoutChange(() => Client.PostAsync("/api/signals/counted/B-3", new StringContent("[1, 2]", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "body");
        await RefusedWithoutChange(() => Client.PostAsync("/api/signals/counted/B-3", new StringContent("{\"items\": ", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "JSON");
        await RefusedWithoutChange(() => Client.PostAsync("/api/signals/counted/B-3", new StringContent("41 items", Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType, "application/json");
        await RefusedWithoutChange(() => Client.PostAsync("/workflows/http/shelves/B-3/checked", new FormUrlEncodedContent([new("items", "41")])),
            HttpStatusCode.UnsupportedMediaType, "application/json");
        Assert.Equal(["counted"], (await TraceAsync(instance))!.WaitingAt);
    }

    [Fact]
    public async Task Nothing_waiting_on_a_signal_or_a_route_is_404()
    {
        await (await Client.PostAsync("/api/signals/counted/nowhere", null)).ProblemAsync(HttpStatusCode.NotFound, "signal 'counted'");
        await (await Client.PostAsync("/workflows/http/shelves/nowhere/checked", null)).ProblemAsync(HttpStatusCode.NotFound, "shelves/nowhere/checked");
    }
}
