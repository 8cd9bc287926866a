using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;
using static Workflows.Tests.Infrastructure.Flow;

namespace Workflows.Tests;

public sealed class StepLimitTests
{
    /// <summary>Start → [Signal →] count → again? ─True→ count … : a loop with nothing to wait on.</summary>
    private static Definitions.WorkflowDefinition Spin(bool waitFirst)
    {
        var flow = new Flow("spin")
            .Variables(new JsonObject { ["i"] = 0 })
            .Start()
            .Set("count", "i", Expr("variables.i + 1"))
            .Add("again", nameof(Decision), new JsonObject { ["condition"] = Expr("variables.i > 0") })
            .End()
            .Chain("count", "again")
            .Connect("again", "count", Outcomes.True)
            .Connect("again", "end", Outcomes.False);
        return waitFirst
            ? flow.Signal("wait", "go", "k").Chain("start", "wait", "count").Build()
            : flow.Chain("start", "count").Build();
    }

    [Fact]
    public async Task Loop_without_a_wait_faults_the_instance_at_the_step_limit_instead_of_hanging()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Spin(waitFirst: true));
        var started = await host.StartAsync("spin");

        var clock = Stopwatch.StartNew();
        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k"));
        clock.Stop();

        Assert.Contains("more than 10000 steps", fault.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("steps", instance.Instance.Fault);
        Assert.Equal(0, (int?)instance.Variables["i"]);
        Assert.Single(instance.Bookmarks);
    }

    [Fact]
    public async Task Loop_without_a_wait_at_start_fails_the_start_and_commits_nothing()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Spin(waitFirst: false));

        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => host.StartAsync("spin"));

        Assert.Contains("steps", fault.Message);
        Assert.Empty(await host.InstancesAsync());
    }
}
