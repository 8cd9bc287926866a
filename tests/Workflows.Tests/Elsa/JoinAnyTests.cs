using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>A Join in mode WaitAny continues on the first branch and cancels the others' waits, on each pass of a loop.</summary>
public sealed class JoinAnyTests
{
    /// <summary>start → fork → (a | b, each waiting for "arrive" keyed by its name and the pass) → join → count → again? → fork.</summary>
    private static string Looping(string mode) => $$"""
        {
          "id": "any", "name": "Any", "variables": { "pass": 0 },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "fork", "type": "Fork" },
            { "id": "a", "type": "Signal", "inputs": { "name": "arrive", "key": { "expression": "'a' + variables.pass" } } },
            { "id": "b", "type": "Signal", "inputs": { "name": "arrive", "key": { "expression": "'b' + variables.pass" } } },
            { "id": "join", "type": "Join", "inputs": { "mode": "{{mode}}" } },
            { "id": "count", "type": "SetVariable", "inputs": { "variable": "pass", "value": { "expression": "variables.pass + 1" } } },
            { "id": "again", "type": "Decision", "inputs": { "condition": { "expression": "variables.pass < 2" } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [
            { "source": "start", "target": "fork" }, { "source": "fork", "target": "a" }, { "source": "fork", "target": "b" },
            { "source": "a", "target": "join" }, { "source": "b", "target": "join" }, { "source": "join", "target": "count" },
            { "source": "count", "target": "again" },
            { "source": "again", "outcome": "True", "target": "fork" }, { "source": "again", "outcome": "False", "target": "end" }
          ]
        }
        """;

    [Fact]
    public async Task First_branch_continues_the_other_wait_is_cancelled_and_a_loop_races_again()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Looping("WaitAny"));
        var started = await host.StartAsync("any");

        await host.SignalAsync("arrive", "a0");
        var first = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(1, first.Count("join"));
        Assert.Equal(1, first.Count("b", "Cancelled"));
        Assert.Equal(["arrive:a1", "arrive:b1"], first.Bookmarks.Select(b => $"{b.Name[Workflows.Activities.Signal.BookmarkPrefix.Length..]}:{b.Key}").Order());
        Assert.Equal(ResumeStatus.NotFound, (await host.SignalAsync("arrive", "b0")).Status);

        await host.SignalAsync("arrive", "b1");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(2, done.Count("join"));
        Assert.Equal(2, (int?)done.Variables["pass"]);
        Assert.Equal(1, done.Count("a", "Cancelled"));
        Assert.Empty(done.Bookmarks);
    }

    [Fact]
    public async Task WaitAll_still_waits_for_both()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Looping("WaitAll"));
        var started = await host.StartAsync("any");

        await host.SignalAsync("arrive", "a0");
        Assert.Equal(0, (await host.InstanceAsync(started.InstanceId)).Count("join"));
        await host.SignalAsync("arrive", "b0");

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(1, instance.Count("join"));
        Assert.Equal(0, instance.Count("a", "Cancelled") + instance.Count("b", "Cancelled"));
    }
}
