using Workflows.Persistence;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>Converge: waits for every inbound connection, loop-backs included.</summary>
public sealed class ConvergeTests
{
    [Fact]
    public async Task Waits_for_every_branch_then_runs_once()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.TwoBranches("Converge", a: "Signal", b: "Signal"));
        var started = await host.StartAsync("merge");

        await host.SignalAsync("arrive", "a");
        Assert.Equal(0, (await host.InstanceAsync(started.InstanceId)).Count("merged"));
        await host.SignalAsync("arrive", "b");

        Assert.Equal(1, (await host.InstanceAsync(started.InstanceId)).Count("merged"));
    }

    [Fact]
    public async Task A_loop_back_into_it_is_waited_for_too_so_it_never_runs()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.LoopBack("Converge"));

        var started = await host.StartAsync("loop");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(1, done.Count("a"));
        Assert.Equal(0, done.Count("merged"));
    }
}
