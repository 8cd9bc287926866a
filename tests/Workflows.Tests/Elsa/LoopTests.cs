using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>An outcome back to an earlier activity loops, as in Elsa, bounded by the runtime's step limit.</summary>
public sealed class LoopTests
{
    /// <summary>start → wait → inc → again? ─True→ inc (a loop-back) / ─False→ end; going round while i &lt; <paramref name="rounds"/>.</summary>
    private static string Counting(string condition) => $$"""
        {
          "id": "loop", "name": "Loop", "variables": { "i": 0 },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "wait", "type": "Signal", "inputs": { "name": "go", "key": "k" } },
            { "id": "inc", "type": "SetVariable", "inputs": { "variable": "i", "value": { "expression": "getVariable('i') + 1" } } },
            { "id": "again", "type": "Decision", "inputs": { "condition": { "expression": "{{condition}}" } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [
            { "source": "start", "target": "wait" }, { "source": "wait", "target": "inc" }, { "source": "inc", "target": "again" },
            { "source": "again", "outcome": "True", "target": "inc" }, { "source": "again", "outcome": "False", "target": "end" }
          ]
        }
        """;

    [Fact]
    public async Task A_loop_of_fifty_rounds_finishes()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Counting("return variables.i < 50;"));
        var started = await host.StartAsync("loop");

        await host.SignalAsync("go", "k");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(50, (int?)done.Variables["i"]);
        Assert.Equal(50, done.Count("inc"));
    }

    [Fact]
    public async Task An_endless_loop_faults_the_instance_at_the_step_limit_saying_so()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Counting("true"));
        var started = await host.StartAsync("loop");

        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k"));

        Assert.Contains($"more than {WorkflowExecution.StepLimit} steps without waiting; does the definition loop?", fault.Message);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("more than 10000 steps without waiting", instance.Instance.Fault);
        // The unit was rolled back: the loop's rounds are not kept, and the wait stays for a retry.
        Assert.Equal(0, (int?)instance.Variables["i"]);
        Assert.Single(instance.Bookmarks);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Stream")]
    [InlineData("Merge")]
    [InlineData("Cascade")]
    [InlineData("Race")]
    public async Task A_loop_back_into_an_activity_with_another_way_in_runs_it_each_round(string? mode)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.LoopBack(mode));

        var started = await host.StartAsync("loop");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(["a", "merged", "merged", "merged"], (await host.TraceAsync(started.InstanceId)).Log);
        Assert.Equal(3, (int?)done.Variables["i"]);
    }
}
