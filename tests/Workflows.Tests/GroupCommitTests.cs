using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

/// <summary>
/// Units of work that queue while the writer is busy are saved together in one transaction. Each is rolled back
/// alone when its own save fails, and none is answered before the group's commit.
/// </summary>
public sealed class GroupCommitTests
{
    private static async Task<(WorkflowTestHost Host, GroupCommit Gate)> StartAsync()
    {
        var host = await WorkflowTestHost.StartAsync(groupCommit: true);
        await host.PublishAsync(new Flow("single").Start().Signal("wait", "go", new JsonObject { ["expression"] = "variables.key" }).End().Chain("start", "wait", "end").Build());
        return (host, (GroupCommit)host.Services.GetRequiredService<CommitGate>());
    }

    [Fact]
    public async Task A_unit_that_loses_a_race_inside_a_group_fails_alone_and_the_rest_of_the_group_commits()
    {
        var (host, gate) = await StartAsync();
        await using var _ = host;
        var x = await host.StartAsync("single", new() { ["key"] = "x" });
        var y = await host.StartAsync("single", new() { ["key"] = "y" });
        var z = await host.StartAsync("single", new() { ["key"] = "z" });

        // The writer is held inside x's save, so the next three units queue and form one group: two racing for
        // y's bookmark (both found it before anything committed) and one for z.
        var held = host.Holds.Arm();
        var first = host.SignalAsync("go", "x");
        await held;
        Task<ResumeResult>[] racers;
        try
        {
            racers = [host.SignalAsync("go", "y", actor: "one"), host.SignalAsync("go", "y", actor: "two"), host.SignalAsync("go", "z")];
            await WaitUntil(() => gate.Queued == 3);
        }
        finally
        {
            host.Holds.Release();
        }
        var results = await Task.WhenAll(racers);

        Assert.Equal(ResumeStatus.Resumed, (await first).Status);
        Assert.Equal([ResumeStatus.Resumed, ResumeStatus.Conflict], results[..2].Select(r => r.Status).Order());
        Assert.Equal(ResumeStatus.Resumed, results[2].Status);
        foreach (var started in new[] { x, y, z })
        {
            var instance = await host.InstanceAsync(started.InstanceId);
            Assert.Equal(WorkflowStatus.Finished, instance.Status);
            Assert.Equal(1, instance.Count("wait"));
        }
        var yHistory = (await host.InstanceAsync(y.InstanceId)).History;
        Assert.Single(yHistory.Select(h => h.Actor).Where(a => a is "one" or "two").Distinct());
    }

    [Fact]
    public async Task Units_from_many_callers_at_once_are_all_committed()
    {
        var (host, _) = await StartAsync();
        await using var __ = host;
        var keys = Enumerable.Range(0, 40).Select(i => $"k{i}").ToList();
        var started = await Task.WhenAll(keys.Select(k => Task.Run(() => host.StartAsync("single", new() { ["key"] = k }))));
        var resumed = await Task.WhenAll(keys.Select(k => Task.Run(() => host.SignalAsync("go", k))));

        Assert.All(resumed, r => Assert.Equal(ResumeStatus.Resumed, r.Status));
        foreach (var instance in started)
            Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(instance.InstanceId)).Status);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not come true within 10 s.");
            await Task.Delay(5);
        }
    }
}
