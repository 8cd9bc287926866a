using Workflows.Persistence;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>Stream (Elsa's default): runs once nothing on its inbound connections is still on its way; untaken branches do not block.</summary>
public sealed class StreamMergeTests
{
    [Theory]
    [InlineData("Stream")]
    [InlineData("none")]
    public async Task Runs_once_after_the_branches_under_way_and_is_not_held_by_the_branch_not_taken(string mode)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.ForkWithDecision(mode));
        var started = await host.StartAsync("merge");
        // b arrived, but a is still waiting: the merge waits for it.
        var waiting = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(1, waiting.Count("b"));
        Assert.Equal(0, waiting.Count("merged"));

        await host.SignalAsync("arrive", "a");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(1, done.Count("merged"));
        Assert.Equal(0, done.Count("c"));
        Assert.Null(done.State.Tokens);
    }

    [Fact]
    public async Task Branches_that_finish_together_merge_once()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.TwoBranches("Stream"));

        var started = await host.StartAsync("merge");

        Assert.Equal(["a", "b", "merged"], (await host.TraceAsync(started.InstanceId)).Log);
    }
}
