using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Runtime;

namespace Library.Tests.Engine;

/// <summary>
/// The engine's API for any workflow, not only the library's four (Elsa's execute, instances and cancel): an
/// administrator runs a definition of their own with some input, reads the instance (where it waits, its variables, the
/// lines it wrote, its steps) and cancels it.
/// </summary>
public sealed class WorkflowInstanceApiTests : HostTest
{
    /// <summary>Greets the name it is given, then waits for the signal "go" keyed by that name.</summary>
    private static readonly JsonObject Greeting = JsonNode.Parse("""
        {
          "id": "greeting", "name": "Greeting",
          "variables": { "name": "nobody", "greeting": null },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "greet", "type": "SetVariable", "inputs": { "variable": "greeting", "value": { "expression": "'Hello ' + variables.name" } } },
            { "id": "wait", "type": "Signal", "inputs": { "name": "go", "key": { "expression": "variables.name" } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [ { "source": "start", "target": "greet" }, { "source": "greet", "target": "wait" }, { "source": "wait", "target": "end" } ]
        }
        """)!.AsObject();

    private async Task PublishAsync(JsonObject definition)
    {
        var published = await Client.PublishAsync(definition, activate: true);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> RunAsync(string id, string? body) =>
        body is null ? Client.PostAsync($"/api/workflow-definitions/{id}/run", null) : Client.PostJsonAsync($"/api/workflow-definitions/{id}/run", body);

    private async Task<WorkflowInstanceView> InstanceAsync(Guid id) =>
        await (await Client.GetAsync($"/api/workflow-instances/{id}")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);

    [Fact]
    public async Task A_run_starts_the_active_version_with_the_input_and_answers_the_instance_where_it_waits()
    {
        await PublishAsync(Greeting);

        var response = await RunAsync("greeting", """{ "name": "Ada" }""");
        var run = await response.ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);

        Assert.Equal(("greeting", 1, WorkflowStatus.Suspended), (run.Definition, run.Version, run.Status));
        Assert.Equal(["wait"], run.WaitingAt);
        Assert.Equal("Hello Ada", (string?)run.Variables["greeting"]);
        Assert.Equal(["start", "greet", "wait"], run.History.Select(h => h.Activity));
        Assert.All(run.History, h => Assert.Equal(LibraryHost.AdminUserName, h.Actor));
        Assert.Null(run.Fault);
        Assert.Empty(run.Log);
        // The names, as a client reads them.
        var json = JsonNode.Parse(await (await Client.GetAsync($"/api/workflow-instances/{run.Id}")).Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("suspended", (string?)json["status"]);
        foreach (var field in new[] { "id", "definition", "version", "status", "waitingAt", "variables", "log", "history", "fault" })
            Assert.True(json.ContainsKey(field), $"the instance has no '{field}'");

        // Without a body it starts on the definition's defaults; once resumed it has finished.
        var bare = await (await RunAsync("greeting", null)).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        Assert.Equal("Hello nobody", (string?)bare.Variables["greeting"]);
        await (await Client.PostAsync("/api/signals/go/nobody", null)).ReadAsync<TriggerResult>(HttpStatusCode.OK);
        var finished = await InstanceAsync(bare.Id);
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Empty(finished.WaitingAt);
    }

    [Fact]
    public async Task The_list_filters_by_definition_and_by_the_status_names_of_the_api()
    {
        await PublishAsync(Greeting);
        var waiting = await (await RunAsync("greeting", """{ "name": "Ada" }""")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        var done = await (await RunAsync("greeting", """{ "name": "Bo" }""")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        await (await Client.PostAsync("/api/signals/go/Bo", null)).ReadAsync<TriggerResult>(HttpStatusCode.OK);

        async Task<List<Guid>> Listed(string query) =>
            (await Client.GetFromJsonAsync<WorkflowInstancePageView>($"/api/workflow-instances?{query}", LibraryHost.Json))!.Items.Select(i => i.Id).ToList();

        Assert.Equal([done.Id], await Listed("definition=greeting&status=finished"));
        Assert.Equal([waiting.Id], await Listed("definition=greeting&status=suspended&page=1"));
        Assert.Equal([done.Id, waiting.Id], await Listed("definition=greeting"));
        Assert.Empty(await Listed("definition=greeting&page=2"));
        Assert.Empty(await Listed("definition=nothing-like-it"));
        var raw = await Client.GetStringAsync("/api/workflow-instances?definition=greeting&status=finished");
        Assert.Contains("\"status\":\"finished\"", raw);
        await (await Client.GetAsync("/api/workflow-instances?status=completed")).ProblemAsync(HttpStatusCode.BadRequest, "status", "finished");
    }

    [Fact]
    public async Task The_log_is_what_the_WriteLine_steps_wrote_in_order()
    {
        await PublishAsync(Greeting);
        var started = await Host.ServiceAsync<WorkflowRuntime, StartResult>(runtime =>
            runtime.StartAsync("greeting", new JsonObject { ["name"] = "Cy" }, "log-1", "tester"));
        foreach (var line in new[] { "first line", "second line" })
            await Host.ServiceAsync<WorkflowRuntime, bool>(runtime =>
                runtime.RecordAsync("log-1", "greeting", new RecordedAction("say", "WriteLine", "Done", line), "tester"));

        var instance = await InstanceAsync(started.InstanceId);

        Assert.Equal(["first line", "second line"], instance.Log);
        Assert.Equal(["start", "greet", "wait", "say", "say"], instance.History.Select(h => h.Activity));
    }

    [Fact]
    public async Task A_run_of_an_unknown_definition_or_with_a_body_that_is_not_an_object_is_refused_without_change()
    {
        await PublishAsync(Greeting);

        await RefusedWithoutChange(() => RunAsync("no-such-workflow", null), HttpStatusCode.NotFound, "no-such-workflow");
        await RefusedWithoutChange(() => RunAsync("greeting", "[1, 2]"), HttpStatusCode.BadRequest, "body");
        await RefusedWithoutChange(() => RunAsync("greeting", "\"Ada\""), HttpStatusCode.BadRequest, "body");
        await RefusedWithoutChange(() => Client.PostAsync("/api/workflow-definitions/greeting/run", new StringContent("name=Ada", Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType, "application/json");
        var operatorClient = await Host.StaffAsync("fso", ("Fulfillment Services Operator", []));
        await RefusedWithoutChange(() => operatorClient.PostAsync("/api/workflow-definitions/greeting/run", null), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_run_whose_step_fails_is_422_naming_the_activity_and_keeps_no_instance()
    {
        await PublishAsync(JsonNode.Parse("""
            {
              "id": "halving", "name": "Halving", "variables": { "n": 4 },
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "half", "type": "SetVariable", "inputs": { "variable": "n", "value": { "expression": "variables.n.toFixed(0) / 2" } } },
                { "id": "end", "type": "End" }
              ],
              "connections": [ { "source": "start", "target": "half" }, { "source": "half", "target": "end" } ]
            }
            """)!.AsObject());

        await RefusedWithoutChange(() => RunAsync("halving", """{ "n": null }"""), HttpStatusCode.UnprocessableEntity, "half");
        // The library's own definitions fault the same way when run without the request they serve.
        await RefusedWithoutChange(() => RunAsync("digitization", null), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Cancelling_ends_a_waiting_instance_in_the_administrator_s_name_and_an_ended_one_is_409()
    {
        await PublishAsync(Greeting);
        var run = await (await RunAsync("greeting", """{ "name": "Ada" }""")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);

        var cancelled = await (await Client.PostAsync($"/api/workflow-instances/{run.Id}/cancel", null)).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);

        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Empty(cancelled.WaitingAt);
        Assert.Equal(("cancelled", "Cancel", "Cancelled", LibraryHost.AdminUserName), (cancelled.History[^1].Activity, cancelled.History[^1].Type,
            cancelled.History[^1].Outcome, cancelled.History[^1].Actor));
        Assert.Equal(0, await Host.CountRowsAsync("workflow_bookmarks"));
        await (await Client.PostAsync("/api/signals/go/Ada", null)).ProblemAsync(HttpStatusCode.NotFound);
        await RefusedWithoutChange(() => Client.PostAsync($"/api/workflow-instances/{run.Id}/cancel", null), HttpStatusCode.Conflict, "cancelled");
        await RefusedWithoutChange(() => Client.PostAsync($"/api/workflow-instances/{Guid.NewGuid()}/cancel", null), HttpStatusCode.NotFound);
        var operatorClient = await Host.StaffAsync("fso", ("Fulfillment Services Operator", []));
        var other = await (await RunAsync("greeting", """{ "name": "Bo" }""")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        await RefusedWithoutChange(() => operatorClient.PostAsync($"/api/workflow-instances/{other.Id}/cancel", null), HttpStatusCode.Forbidden);
    }
}
