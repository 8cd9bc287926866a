using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Persistence;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

public sealed class ForkJoinTests
{
    public static TheoryData<string[]> OrdersOfTwo => Orders("a", "b");
    public static TheoryData<string[]> OrdersOfThree => Orders("a", "b", "c");

    /// <summary>Start → Fork → one Signal per branch → Join → SetVariable → End.</summary>
    private static WorkflowDefinition ForkOf(params string[] branches)
    {
        var flow = new Flow("fork").Start().Add("fork", nameof(Fork)).Add("join", nameof(Join))
            .Set("after", "joined", true).End()
            .Chain("start", "fork").Chain("join", "after", "end");
        foreach (var branch in branches)
            flow.Signal(branch, "arrive", branch).Connect("fork", branch).Connect(branch, "join");
        return flow.Build();
    }

    [Theory]
    [MemberData(nameof(OrdersOfTwo))]
    [MemberData(nameof(OrdersOfThree))]
    public async Task Join_continues_once_when_branches_arrive_in_any_order(string[] order)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(ForkOf([.. order.Order()]));
        var started = await host.StartAsync("fork");
        Assert.Equal(order.Length, (await host.InstanceAsync(started.InstanceId)).Bookmarks.Count);

        foreach (var (branch, i) in order.Select((b, i) => (b, i)))
        {
            var result = await host.SignalAsync("arrive", branch);

            var instance = await host.InstanceAsync(started.InstanceId);
            var last = i == order.Length - 1;
            Assert.Equal(last ? WorkflowStatus.Finished : WorkflowStatus.Suspended, result.InstanceStatus);
            Assert.Equal(last ? WorkflowStatus.Finished : WorkflowStatus.Suspended, instance.Status);
            Assert.Equal(order.Length - i - 1, instance.Bookmarks.Count);
            Assert.Equal(last ? 1 : 0, instance.Count("join"));
            Assert.Equal(last ? 1 : 0, instance.Count("after"));
            Assert.Equal(last, instance.Variables.ContainsKey("joined"));
        }
    }

    [Theory]
    [MemberData(nameof(OrdersOfThree))]
    public async Task Nested_fork_joins_inner_branches_before_the_outer_join(string[] order)
    {
        // start → outer ─┬─ inner ─┬─ a ─┐
        //                │         └─ b ─┴─ innerJoin ─┐
        //                └─ c ─────────────────────────┴─ outerJoin → end
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("nested")
            .Start().Add("outer", nameof(Fork)).Add("inner", nameof(Fork))
            .Signal("a", "arrive", "a").Signal("b", "arrive", "b").Signal("c", "arrive", "c")
            .Add("innerJoin", nameof(Join)).Set("innerDone", "innerDone", true)
            .Add("outerJoin", nameof(Join)).End()
            .Chain("start", "outer")
            .Connect("outer", "inner").Connect("outer", "c")
            .Connect("inner", "a").Connect("inner", "b")
            .Connect("a", "innerJoin").Connect("b", "innerJoin").Chain("innerJoin", "innerDone", "outerJoin")
            .Connect("c", "outerJoin")
            .Chain("outerJoin", "end")
            .Build());
        var started = await host.StartAsync("nested");

        var arrived = new HashSet<string>();
        foreach (var branch in order)
        {
            Assert.Equal(Runtime.ResumeStatus.Resumed, (await host.SignalAsync("arrive", branch)).Status);
            arrived.Add(branch);

            var instance = await host.InstanceAsync(started.InstanceId);
            var innerDone = arrived.IsSupersetOf(["a", "b"]);
            var allDone = arrived.Count == 3;
            Assert.Equal(innerDone ? 1 : 0, instance.Count("innerJoin"));
            Assert.Equal(innerDone ? 1 : 0, instance.Count("innerDone"));
            Assert.Equal(allDone ? 1 : 0, instance.Count("outerJoin"));
            Assert.Equal(allDone ? WorkflowStatus.Finished : WorkflowStatus.Suspended, instance.Status);
        }
    }

    [Fact]
    public async Task Join_continues_once_when_no_branch_waits()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("instant")
            .Start().Add("fork", nameof(Fork)).Set("a", "a", 1).Set("b", "b", 2).Set("c", "c", 3)
            .Add("join", nameof(Join)).Set("after", "sum", Flow.Expr("variables.a + variables.b + variables.c")).End()
            .Chain("start", "fork").Connect("fork", "a").Connect("fork", "b").Connect("fork", "c")
            .Connect("a", "join").Connect("b", "join").Connect("c", "join").Chain("join", "after", "end")
            .Build());

        var started = await host.StartAsync("instant");

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(1, instance.Count("join"));
        Assert.Equal(1, instance.Count("after"));
        Assert.Equal(6, (int?)instance.Variables["sum"]);
        Assert.Empty(instance.State.Joins);
    }

    [Fact]
    public async Task Join_inside_a_loop_waits_for_all_branches_again_on_each_pass()
    {
        // Two passes through the same fork/join: the join's arrivals from the first pass must not count for the second.
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("loop")
            .Variables(new JsonObject { ["pass"] = 0 })
            .Start().Add("fork", nameof(Fork))
            .Signal("a", "arrive", Flow.Expr("'a' + variables.pass")).Signal("b", "arrive", Flow.Expr("'b' + variables.pass"))
            .Add("join", nameof(Join)).Set("count", "pass", Flow.Expr("variables.pass + 1"))
            .Add("again", nameof(Decision), new JsonObject { ["condition"] = Flow.Expr("variables.pass < 2") })
            .End()
            .Chain("start", "fork").Connect("fork", "a").Connect("fork", "b")
            .Connect("a", "join").Connect("b", "join").Chain("join", "count", "again")
            .Connect("again", "fork", Outcomes.True).Connect("again", "end", Outcomes.False)
            .Build());
        var started = await host.StartAsync("loop");

        await host.SignalAsync("arrive", "a0");
        await host.SignalAsync("arrive", "b0");
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(started.InstanceId)).Status);
        await host.SignalAsync("arrive", "b1");
        var halfway = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(1, halfway.Count("join"));
        await host.SignalAsync("arrive", "a1");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(2, done.Count("join"));
        Assert.Equal(2, (int?)done.Variables["pass"]);
    }

    private static TheoryData<string[]> Orders(params string[] items)
    {
        var data = new TheoryData<string[]>();
        foreach (var permutation in Permutations(items)) data.Add(permutation);
        return data;
    }

    private static IEnumerable<string[]> Permutations(string[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany((item, i) => Permutations([.. items[..i], .. items[(i + 1)..]]).Select(rest => (string[])[item, .. rest]));
}
