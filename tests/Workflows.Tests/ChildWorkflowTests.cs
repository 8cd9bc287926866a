using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;
using static Workflows.Tests.Infrastructure.Flow;

namespace Workflows.Tests;

public sealed class ChildWorkflowTests
{
    private static Definitions.WorkflowDefinition Parent(string child) => new Flow("parent")
        .Start()
        .Add("run", nameof(RunWorkflow), new JsonObject
        {
            ["workflow"] = child,
            ["arguments"] = new JsonObject { ["orderId"] = "o-1" },
            ["resultVariable"] = "child",
        })
        .Set("after", "parentDone", true)
        .End()
        .Chain("start", "run", "after", "end")
        .Build();

    [Fact]
    public async Task Parent_completes_only_after_its_waiting_child_is_resumed_and_receives_the_child_variables()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("waiting-child")
            .Start()
            .Signal("wait", "shipped", Expr("variables.orderId"), resultVariable: "shipment")
            .Set("set", "result", 42)
            .End()
            .Chain("start", "wait", "set", "end")
            .Build());
        await host.PublishAsync(Parent("waiting-child"));

        var started = await host.StartAsync("parent", correlationId: "req-9");

        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        var child = Assert.Single(await host.InstancesAsync(), i => i.ParentInstanceId == started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, child.Status);
        Assert.Equal("req-9", child.CorrelationId);
        Assert.False((await host.InstanceAsync(started.InstanceId)).Variables.ContainsKey("child"));

        var resumed = await host.SignalAsync("shipped", "o-1", new JsonObject { ["carrier"] = "post" });

        Assert.Equal(new ResumeResult(ResumeStatus.Resumed, child.Id, WorkflowStatus.Finished, CorrelationId: "req-9"), resumed);
        var parent = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Empty(parent.Bookmarks);
        Assert.Equal(true, (bool?)parent.Variables["parentDone"]);
        var result = parent.Variables["child"]!.AsObject();
        Assert.Equal(42, (int?)result["result"]);
        Assert.Equal("o-1", (string?)result["orderId"]);
        Assert.Equal("post", (string?)result["shipment"]?["carrier"]);
        Assert.Equal(1, parent.Count("run"));
    }

    [Fact]
    public async Task Child_that_finishes_without_waiting_completes_the_parent_in_the_same_commit()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("quick-child")
            .Start().Set("set", "result", Expr("variables.orderId + '!'")).End()
            .Chain("start", "set", "end")
            .Build());
        await host.PublishAsync(Parent("quick-child"));

        var started = await host.StartAsync("parent");

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        var instances = await host.InstancesAsync();
        Assert.Equal(2, instances.Count);
        var child = Assert.Single(instances, i => i.ParentInstanceId == started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, child.Status);
        var parent = await host.InstanceAsync(started.InstanceId);
        Assert.Equal("o-1!", (string?)parent.Variables["child"]?["result"]);
        Assert.Equal(true, (bool?)parent.Variables["parentDone"]);
        Assert.Empty(parent.Bookmarks);
        Assert.Empty((await host.InstanceAsync(child.Id)).Bookmarks);
    }

    [Fact]
    public async Task Cancelled_child_takes_the_parent_down_its_Cancelled_outcome()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("cancelling-child")
            .Start().Add("stop", nameof(End), new JsonObject { ["cancelled"] = true })
            .Chain("start", "stop")
            .Build());
        await host.PublishAsync(new Flow("parent")
            .Start()
            .Add("run", nameof(RunWorkflow), new JsonObject { ["workflow"] = "cancelling-child" })
            .Set("ok", "outcome", "done")
            .Set("cancelled", "outcome", "cancelled")
            .Chain("start", "run", "ok")
            .Connect("run", "cancelled", RunWorkflow.CancelledOutcome)
            .Build());

        var started = await host.StartAsync("parent");

        var parent = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Equal("cancelled", (string?)parent.Variables["outcome"]);
    }

    [Fact]
    public async Task Child_that_faults_while_the_parent_is_resumed_marks_the_parent_faulted_and_keeps_its_bookmark()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("exploding-child")
            .Start().Add("step", nameof(Explode)).End().Chain("start", "step", "end")
            .Build());
        await host.PublishAsync(new Flow("parent")
            .Start().Signal("wait", "go", "k")
            .Add("run", nameof(RunWorkflow), new JsonObject { ["workflow"] = "exploding-child" })
            .End()
            .Chain("start", "wait", "run", "end")
            .Build());
        var started = await host.StartAsync("parent");

        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k"));

        Assert.Equal("step", fault.ActivityId);
        var parent = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, parent.Status);
        Assert.Contains("step (Explode)", parent.Instance.Fault);
        Assert.Single(parent.Bookmarks);
        Assert.Single(await host.InstancesAsync());

        host.Faults.Armed = false;
        Assert.Equal(WorkflowStatus.Finished, (await host.SignalAsync("go", "k")).InstanceStatus);
    }
}
