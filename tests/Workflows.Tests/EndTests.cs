using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

public sealed class EndTests
{
    [Fact]
    public async Task End_in_one_branch_completes_the_instance_and_drops_the_other_branch_wait()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("race")
            .Start().Add("fork", nameof(Fork))
            .Signal("wait", "never", "k")
            .End()
            .Chain("start", "fork").Connect("fork", "wait").Connect("fork", "end")
            .Build());

        var started = await host.StartAsync("race");

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Empty(instance.Bookmarks);
        Assert.Empty(instance.State.Waits);
        Assert.Equal(ResumeResult.NotFound, await host.SignalAsync("never", "k"));
    }

    [Fact]
    public async Task Branch_that_reaches_End_after_a_resume_removes_the_bookmark_another_branch_still_waits_on()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("cancel")
            .Start().Add("fork", nameof(Fork))
            .Signal("scan", "scan", "item-1")
            .Signal("cancel", "cancel", "req-1")
            .Add("stop", nameof(End), new() { ["cancelled"] = true })
            .Set("scanned", "scanned", true)
            .Chain("start", "fork").Connect("fork", "scan").Connect("fork", "cancel")
            .Chain("cancel", "stop").Chain("scan", "scanned")
            .Build());
        var started = await host.StartAsync("cancel");
        Assert.Equal(2, (await host.InstanceAsync(started.InstanceId)).Bookmarks.Count);

        var result = await host.SignalAsync("cancel", "req-1");

        Assert.Equal(WorkflowStatus.Cancelled, result.InstanceStatus);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Cancelled, instance.Status);
        Assert.Empty(instance.Bookmarks);
        Assert.Equal(ResumeResult.NotFound, await host.SignalAsync("scan", "item-1"));
        Assert.False(instance.Variables.ContainsKey("scanned"));
    }

    [Fact]
    public async Task End_keeps_its_result_on_the_instance()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("judged")
            .Start().Add("end", nameof(End), new() { ["cancelled"] = true, ["result"] = "Rejected" })
            .Chain("start", "end")
            .Build());

        var started = await host.StartAsync("judged");

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Cancelled, instance.Status);
        Assert.Equal("Rejected", instance.Instance.Result);
        Assert.Equal("Rejected", instance.History.Last().Outcome);
    }

    [Fact]
    public async Task A_parent_that_ends_ends_its_waiting_child_with_it()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("slow-child").Start().Signal("wait", "never", "c").End().Chain("start", "wait", "end").Build());
        await host.PublishAsync(new Flow("impatient")
            .Start().Add("fork", nameof(Fork))
            .Add("run", nameof(RunWorkflow), new() { ["workflow"] = "slow-child" })
            .Signal("stop", "stop", "p")
            .Add("end", nameof(End), new() { ["cancelled"] = true })
            .Chain("start", "fork").Connect("fork", "run").Connect("fork", "stop").Chain("stop", "end")
            .Build());
        var started = await host.StartAsync("impatient");
        var child = Assert.Single(await host.InstancesAsync(), i => i.ParentInstanceId == started.InstanceId);

        await host.SignalAsync("stop", "p");

        var ended = await host.InstanceAsync(child.Id);
        Assert.Equal(WorkflowStatus.Cancelled, ended.Status);
        Assert.Empty(ended.Bookmarks);
        Assert.Equal(ResumeResult.NotFound, await host.SignalAsync("never", "c"));
        Assert.Equal(WorkflowStatus.Cancelled, (await host.InstanceAsync(started.InstanceId)).Status);
    }
}
