using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Persistence;

namespace Library.Tests.Engine;

/// <summary><c>POST /api/events/{name}</c>: an administrator publishes an event, which resumes the instances waiting on it and starts those it triggers.</summary>
public sealed class WorkflowEventTests : HostTest
{
    private static JsonNode Definition(string id, bool startsOnEvent) => JsonNode.Parse($$"""
        {
          "id": "{{id}}", "name": "{{id}}",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "before", "type": "SetVariable", "inputs": { "variable": "before", "value": true } },
            { "id": "stocked", "type": "Event", "inputs": { "eventName": "stock-taken", "resultVariable": "stock" } },
            { "id": "end", "type": "End" }
          ],
          "connections": [
            {{(startsOnEvent ? """{ "source": "start", "target": "stocked" }, { "source": "stocked", "target": "before" }, { "source": "before", "target": "end" }"""
                : """{ "source": "start", "target": "before" }, { "source": "before", "target": "stocked" }, { "source": "stocked", "target": "end" }""")}}
          ]
        }
        """)!;

    [Fact]
    public async Task Publishing_resumes_the_waiting_instances_and_starts_the_triggered_definitions_with_the_payload()
    {
        foreach (var (id, trigger) in new[] { ("shelf-audit", false), ("stock-report", true) })
            Assert.True((await Client.PublishAsync(Definition(id, trigger), activate: true)).IsSuccessStatusCode);
        var waiting = await (await Client.PostAsync("/api/workflow-definitions/shelf-audit/run", null)).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        Assert.Equal(["stocked"], waiting.WaitingAt);

        var published = await (await Client.PostJsonAsync("/api/events/stock-taken", """{ "items": 41 }""")).ReadAsync<EventAnswer>(HttpStatusCode.OK);

        Assert.Equal((waiting.Id, WorkflowStatus.Finished), (Assert.Single(published.Resumed).InstanceId, published.Resumed[0].Status));
        var started = Assert.Single(published.Started);
        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Empty(published.Faults);
        foreach (var id in new[] { waiting.Id, started.InstanceId })
        {
            var instance = await (await Client.GetAsync($"/api/workflow-instances/{id}")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
            Assert.Equal(41, (int?)instance.Variables["stock"]?["items"]);
        }
        var nothing = await (await Client.PostAsync("/api/events/stock-counted", null)).ReadAsync<EventAnswer>(HttpStatusCode.OK);
        Assert.Empty(nothing.Started.Concat(nothing.Resumed));
    }

    [Fact]
    public async Task A_payload_that_is_not_an_object_or_a_caller_who_is_not_an_administrator_is_refused_without_change()
    {
        Assert.True((await Client.PublishAsync(Definition("stock-report", startsOnEvent: true), activate: true)).IsSuccessStatusCode);

        await RefusedWithoutChange(() => Client.PostJsonAsync("/api/events/stock-taken", "[41]"), HttpStatusCode.BadRequest, "body");
        await RefusedWithoutChange(() => Client.PostAsync($"/api/events/{new string('e', 301)}", null), HttpStatusCode.BadRequest, "name");
        var operatorClient = await Host.StaffAsync("fso", ("Fulfillment Services Operator", []));
        await RefusedWithoutChange(() => operatorClient.PostAsync("/api/events/stock-taken", null), HttpStatusCode.Forbidden);
        await RefusedWithoutChange(() => Host.NewClient().PostAsync("/api/events/stock-taken", null), HttpStatusCode.Unauthorized);
    }
}
