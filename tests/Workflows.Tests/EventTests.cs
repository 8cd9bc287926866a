using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

/// <summary>
/// Events published by name (Elsa's Event and event publisher): one publication resumes every instance waiting in an
/// Event of that name and starts every active definition whose Start leads straight to one.
/// </summary>
public sealed class EventTests
{
    private static JsonObject EventInputs(string name) => new() { ["eventName"] = name, ["resultVariable"] = "payment" };

    /// <summary>Start → Event "order-paid" → End: an event starts it.</summary>
    private static Definitions.WorkflowDefinition Started(string id = "on-payment", string eventName = "order-paid") => new Flow(id)
        .Start().Add("paid", nameof(Event), EventInputs(eventName)).End().Chain("start", "paid", "end").Build();

    private static async Task<EventResult> PublishAsync(WorkflowTestHost host, string name, JsonObject? payload = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().PublishEventAsync(name, payload, "publisher");
    }

    [Fact]
    public async Task A_publication_resumes_every_instance_waiting_on_the_event_and_starts_the_definitions_it_triggers()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("order")
            .Start().Set("placed", "placed", true).Add("paid", nameof(Event), EventInputs("order-paid")).End()
            .Chain("start", "placed", "paid", "end").Build());
        await host.PublishAsync(Started());
        var first = await host.StartAsync("order");
        var second = await host.StartAsync("order");
        Assert.DoesNotContain(await host.InstancesAsync(), i => i.DefinitionId == "on-payment");

        var result = await PublishAsync(host, "order-paid", new JsonObject { ["amount"] = 12 });

        Assert.Equal([first.InstanceId, second.InstanceId], result.Resumed.Select(r => r.InstanceId!.Value));
        Assert.All(result.Resumed, r => Assert.Equal(WorkflowStatus.Finished, r.InstanceStatus));
        var started = Assert.Single(result.Started);
        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Empty(result.Faults);
        foreach (var id in new[] { first.InstanceId, second.InstanceId, started.InstanceId })
        {
            var instance = await host.InstanceAsync(id);
            Assert.Equal(12, (int?)instance.Variables["payment"]?["amount"]);
            Assert.Equal("publisher", instance.History.Single(h => h.ActivityId == "paid" && h.Outcome == Outcomes.Done).Actor);
        }
        var trigger = (await host.InstanceAsync(started.InstanceId)).History;
        Assert.Equal(["start", "paid", "end"], trigger.Select(h => h.ActivityId));
        Assert.Equal("started by event 'order-paid'", trigger[1].Note);

        // Nothing waits any more; the triggered definition starts again, the others do not.
        var again = await PublishAsync(host, "order-paid");
        Assert.Empty(again.Resumed);
        Assert.Single(again.Started);
        Assert.Empty((await PublishAsync(host, "order-shipped")).Started);
    }

    [Fact]
    public async Task The_triggers_follow_the_active_versions()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Started());
        Assert.Single((await PublishAsync(host, "order-paid")).Started);

        // Version 2 listens for another event; version 3 waits on one later in its flow, which starts nothing.
        await host.PublishAsync(Started(eventName: "order-refunded"));
        Assert.Empty((await PublishAsync(host, "order-paid")).Started);
        Assert.Single((await PublishAsync(host, "order-refunded")).Started);
        await host.PublishAsync(new Flow("on-payment").Start().Set("before", "x", 1).Add("paid", nameof(Event), EventInputs("order-refunded")).End()
            .Chain("start", "before", "paid", "end").Build());
        var late = await PublishAsync(host, "order-refunded");
        Assert.Empty(late.Started);
        Assert.Empty(late.Resumed);
    }

    [Fact]
    public async Task A_step_that_fails_is_listed_and_the_others_go_on()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("fragile").Start().Add("paid", nameof(Event), EventInputs("order-paid")).Add("boom", nameof(Explode)).End()
            .Chain("start", "paid", "boom", "end").Build());
        await host.PublishAsync(Started());

        var result = await PublishAsync(host, "order-paid");

        Assert.Contains("boom", Assert.Single(result.Faults));
        Assert.Equal("on-payment", (await host.InstanceAsync(Assert.Single(result.Started).InstanceId)).Instance.DefinitionId);
        Assert.DoesNotContain(await host.InstancesAsync(), i => i.DefinitionId == "fragile");
    }
}
