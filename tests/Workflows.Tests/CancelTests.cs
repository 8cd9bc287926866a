using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;
using static Workflows.Tests.Infrastructure.Flow;

namespace Workflows.Tests;

/// <summary>Cancelling an instance from outside its flow, as Elsa's cancel does: it ends, and nothing it waited for resumes it.</summary>
public sealed class CancelTests
{
    private static async Task<CancelResult> CancelAsync(WorkflowTestHost host, Guid instanceId, string actor = "admin")
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().CancelAsync(instanceId, actor);
    }

    [Fact]
    public async Task A_suspended_instance_ends_cancelled_with_its_bookmarks_timers_and_children_and_names_who_cancelled_it()
    {
        await using var host = await WorkflowTestHost.StartAsync(persistentTimers: true);
        await host.PublishAsync(new Flow("child").Start().Signal("wait", "shipped", "o-1").End().Chain("start", "wait", "end").Build());
        await host.PublishAsync(new Flow("parent")
            .Start().Add("fork", nameof(Fork))
            .Add("timeout", nameof(Activities.Timer), new JsonObject { ["duration"] = "00:05:00" })
            .Signal("answer", "answer", "q-1")
            .Add("run", nameof(RunWorkflow), new JsonObject { ["workflow"] = "child" })
            .End()
            .Chain("start", "fork").Connect("fork", "timeout").Connect("fork", "answer").Connect("fork", "run")
            .Chain("timeout", "end").Chain("answer", "end").Chain("run", "end")
            .Build());
        var started = await host.StartAsync("parent");
        var timer = (await host.InstanceAsync(started.InstanceId)).Bookmarks.Single(b => b.DueAt is not null);
        var child = Assert.Single(await host.InstancesAsync(), i => i.ParentInstanceId == started.InstanceId);
        var scheduler = await host.SchedulerAsync();
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey(timer.Id.ToString(), Timers.TimerScheduler.Group)));

        Assert.Equal(new CancelResult(CancelStatus.Cancelled, WorkflowStatus.Cancelled), await CancelAsync(host, started.InstanceId));

        var parent = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Cancelled, parent.Status);
        Assert.Empty(parent.Bookmarks);
        Assert.Empty(parent.State.Waits);
        var last = parent.History[^1];
        Assert.Equal(("cancelled", "Cancel", "Cancelled", "admin"), (last.ActivityId, last.ActivityType, last.Outcome, last.Actor));
        Assert.Null(await scheduler.GetTrigger(new TriggerKey(timer.Id.ToString(), Timers.TimerScheduler.Group)));
        var ended = await host.InstanceAsync(child.Id);
        Assert.Equal(WorkflowStatus.Cancelled, ended.Status);
        Assert.Empty(ended.Bookmarks);
        Assert.Equal(ResumeStatus.NotFound, (await host.SignalAsync("answer", "q-1")).Status);
        Assert.Equal(ResumeStatus.NotFound, (await host.SignalAsync("shipped", "o-1")).Status);
    }

    [Fact]
    public async Task A_cancelled_child_sends_its_waiting_parent_along_the_Cancelled_outcome()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("child").Start().Signal("wait", "shipped", "o-1").End().Chain("start", "wait", "end").Build());
        await host.PublishAsync(new Flow("parent")
            .Start().Add("run", nameof(RunWorkflow), new JsonObject { ["workflow"] = "child" })
            .Set("gone", "childCancelled", true).End()
            .Chain("start", "run").Connect("run", "gone", RunWorkflow.CancelledOutcome).Chain("gone", "end")
            .Build());
        var started = await host.StartAsync("parent");
        var child = Assert.Single(await host.InstancesAsync(), i => i.ParentInstanceId == started.InstanceId);

        Assert.Equal(CancelStatus.Cancelled, (await CancelAsync(host, child.Id)).Status);

        var parent = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Equal(true, (bool?)parent.Variables["childCancelled"]);
    }

    [Fact]
    public async Task An_instance_that_ended_is_not_cancelled_and_an_unknown_one_is_not_found()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("quick").Start().Set("set", "x", Expr("1 + 1")).End().Chain("start", "set", "end").Build());
        var started = await host.StartAsync("quick");
        var before = await host.InstanceAsync(started.InstanceId);

        Assert.Equal(new CancelResult(CancelStatus.Ended, WorkflowStatus.Finished), await CancelAsync(host, started.InstanceId));
        Assert.Equal(CancelStatus.NotFound, (await CancelAsync(host, Guid.NewGuid())).Status);

        var after = await host.InstanceAsync(started.InstanceId);
        Assert.Equal((WorkflowStatus.Finished, before.Instance.Version, before.History.Count), (after.Status, after.Instance.Version, after.History.Count));
    }
}
