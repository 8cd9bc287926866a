using Workflows.Persistence;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>Merge: runs once every forward inbound connection has delivered; a branch not taken holds it.</summary>
public sealed class MergeModeMergeTests
{
    [Fact]
    public async Task Waits_for_every_branch_then_runs_once()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.TwoBranches("Merge", a: "Signal", b: "Signal"));
        var started = await host.StartAsync("merge");

        await host.SignalAsync("arrive", "b");
        Assert.Equal(0, (await host.InstanceAsync(started.InstanceId)).Count("merged"));
        await host.SignalAsync("arrive", "a");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(1, done.Count("merged"));
    }

    [Fact]
    public async Task A_branch_not_taken_keeps_it_from_running()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.ForkWithDecision("Merge"));
        var started = await host.StartAsync("merge");

        await host.SignalAsync("arrive", "a");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(1, done.Count("b"));
        Assert.Equal(0, done.Count("merged"));
    }

    [Fact]
    public async Task A_loop_back_does_not_count_so_the_loop_runs()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.LoopBack("Merge"));

        var started = await host.StartAsync("loop");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(3, done.Count("merged"));
        Assert.Equal(1, done.Count("end", "Completed"));
    }
}
