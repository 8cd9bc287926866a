using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

public sealed class ConcurrencyTests
{
    /// <summary>Start → Signal → (Rendezvous) → End.</summary>
    private static WorkflowDefinition SingleWait(bool rendezvous)
    {
        var flow = new Flow("single").Start().Signal("wait", "go", "k").End();
        return rendezvous
            ? flow.Add("meet", nameof(Infrastructure.Rendezvous)).Chain("start", "wait", "meet", "end").Build()
            : flow.Chain("start", "wait", "end").Build();
    }

    /// <summary>Start → Fork → two Signals (each followed by a Rendezvous when asked) → Join → End.</summary>
    private static WorkflowDefinition TwoBranches(bool rendezvous)
    {
        var flow = new Flow("branches").Start().Add("fork", nameof(Fork))
            .Signal("a", "arrive", "a").Signal("b", "arrive", "b")
            .Add("join", nameof(Join)).End()
            .Chain("start", "fork").Connect("fork", "a").Connect("fork", "b").Chain("join", "end");
        if (!rendezvous) return flow.Connect("a", "join").Connect("b", "join").Build();
        return flow.Add("meetA", nameof(Infrastructure.Rendezvous)).Add("meetB", nameof(Infrastructure.Rendezvous))
            .Chain("a", "meetA", "join").Chain("b", "meetB", "join").Build();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Same_bookmark_resumed_twice_at_once_is_consumed_by_exactly_one(bool groupCommit)
    {
        await using var host = await WorkflowTestHost.StartAsync(groupCommit: groupCommit);
        await host.PublishAsync(SingleWait(rendezvous: true));
        var started = await host.StartAsync("single");

        // Both resumes have found the bookmark and loaded the instance before either commits.
        var results = await Task.WhenAll(
            Task.Run(() => host.SignalAsync("go", "k", actor: "one")),
            Task.Run(() => host.SignalAsync("go", "k", actor: "two")));

        Assert.Equal([ResumeStatus.Resumed, ResumeStatus.Conflict], results.Select(r => r.Status).Order());
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.Count("wait"));
        Assert.Equal(1, instance.Count("meet"));
        Assert.Equal(1, instance.Count("end", "Completed"));
        var winner = results.Single(r => r.Status == ResumeStatus.Resumed);
        Assert.Equal(WorkflowStatus.Finished, winner.InstanceStatus);
        Assert.Single(instance.History.Select(h => h.Actor).Where(a => a != "tester").Distinct());
    }

    [Fact]
    public async Task Resume_that_has_read_the_bookmark_but_loses_the_race_to_commit_answers_conflict()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(SingleWait(rendezvous: false));
        var started = await host.StartAsync("single");

        // The slow resume has read the bookmark and its instance and run its step; just before it saves, the fast
        // one commits.
        var slow = Task.Run(async () =>
        {
            PauseBeforeCommit.Hook.Value = async () =>
                Assert.Equal(ResumeStatus.Resumed, (await host.SignalAsync("go", "k", actor: "fast")).Status);
            return await host.SignalAsync("go", "k", actor: "slow");
        });
        var result = await slow;

        Assert.Equal(ResumeStatus.Conflict, result.Status);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.Count("wait"));
        Assert.DoesNotContain(instance.History, h => h.Actor == "slow");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Same_bookmark_resumed_by_free_running_racers_is_consumed_once(bool groupCommit)
    {
        await using var host = await WorkflowTestHost.StartAsync(groupCommit: groupCommit);
        await host.PublishAsync(SingleWait(rendezvous: false));

        for (var round = 0; round < 10; round++)
        {
            var started = await host.StartAsync("single");
            var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => host.SignalAsync("go", "k"))));

            Assert.Single(results, r => r.Status == ResumeStatus.Resumed);
            Assert.All(results.Where(r => r.Status != ResumeStatus.Resumed),
                r => Assert.Contains(r.Status, new[] { ResumeStatus.Conflict, ResumeStatus.NotFound }));
            var instance = await host.InstanceAsync(started.InstanceId);
            Assert.Equal(WorkflowStatus.Finished, instance.Status);
            Assert.Equal(1, instance.Count("wait"));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_branches_resumed_at_once_both_succeed_and_the_join_fires_once(bool groupCommit)
    {
        await using var host = await WorkflowTestHost.StartAsync(groupCommit: groupCommit);
        await host.PublishAsync(TwoBranches(rendezvous: true));
        var started = await host.StartAsync("branches");

        // Both have loaded the instance before either commits, so one must retry on the fresh state.
        var results = await Task.WhenAll(
            Task.Run(() => host.SignalAsync("arrive", "a")),
            Task.Run(() => host.SignalAsync("arrive", "b")));

        Assert.All(results, r => Assert.Equal(ResumeStatus.Resumed, r.Status));
        Assert.Contains(results, r => r.InstanceStatus == WorkflowStatus.Finished);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.Count("a"));
        Assert.Equal(1, instance.Count("b"));
        Assert.Equal(1, instance.Count("join"));
        Assert.Equal(1, instance.Count("end", "Completed"));
        Assert.Empty(instance.Bookmarks);
        Assert.Equal(Enumerable.Range(1, instance.History.Count), instance.History.Select(h => h.Sequence));
    }

    [Fact]
    public async Task Two_branches_resumed_by_free_running_racers_both_succeed_and_the_join_fires_once()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(TwoBranches(rendezvous: false));

        for (var round = 0; round < 10; round++)
        {
            var started = await host.StartAsync("branches");
            var results = await Task.WhenAll(
                Task.Run(() => host.SignalAsync("arrive", "a")),
                Task.Run(() => host.SignalAsync("arrive", "b")));

            Assert.All(results, r => Assert.Equal(ResumeStatus.Resumed, r.Status));
            var instance = await host.InstanceAsync(started.InstanceId);
            Assert.Equal(WorkflowStatus.Finished, instance.Status);
            Assert.Equal(1, instance.Count("join"));
        }
    }
}
