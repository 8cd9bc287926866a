using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>Cascade, and no merge mode at all: the activity runs once for each arrival.</summary>
public sealed class CascadeTests
{
    [Theory]
    [InlineData("Cascade")]
    [InlineData(null)]
    public async Task Runs_once_for_each_arriving_branch(string? mode)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.TwoBranches(mode, a: "Signal", b: "WriteLine"));
        var started = await host.StartAsync("merge");
        Assert.Equal(1, (await host.InstanceAsync(started.InstanceId)).Count("merged"));

        await host.SignalAsync("arrive", "a");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(2, done.Count("merged"));
        Assert.Equal(["b", "merged", "merged"], (await host.TraceAsync(started.InstanceId)).Log);
        // Without merge modes the instance keeps no tokens, as before they existed.
        if (mode is null) Assert.DoesNotContain("tokens", done.Instance.State);
    }
}
