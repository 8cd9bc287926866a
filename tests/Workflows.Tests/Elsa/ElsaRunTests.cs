using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Elsa;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>
/// Elsa samples imported (children first, as the import endpoint stores them), started and run to where they end or
/// wait, with Elsa's outcome: the variables they set, the steps they took and the status they end in.
/// </summary>
public sealed class ElsaRunTests
{
    internal static async Task<StartResult> ImportAndStartAsync(WorkflowTestHost host, string sample, Func<string, string>? edit = null)
    {
        var json = ElsaSamples.Json(sample);
        var import = new ElsaDocument(host.Services.GetRequiredService<ActivityRegistry>()).Read(edit is null ? json : edit(json));
        Assert.True(import.IsTranslated, string.Join("; ", import.Problems));
        foreach (var child in import.Children) await host.PublishAsync(child);
        await host.PublishAsync(import.Definition!);
        return await host.StartAsync(import.Definition!.Id);
    }

    internal static List<string> Steps(InstanceSnapshot instance) => instance.History.Select(h => $"{h.ActivityId}:{h.Outcome}").ToList();

    [Fact]
    public async Task Start_then_End_finishes()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "start-end");

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Equal(["start1:Done", "end1:Completed"], Steps(await host.InstanceAsync(started.InstanceId)));
    }

    [Fact]
    public async Task SetVariable_stores_literals_converted_to_the_variable_type_and_expression_results()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "set-variable");

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(6, (int?)instance.Variables["count"]);
        Assert.Equal("Hello, Ada", (string?)instance.Variables["greeting"]);
        Assert.Equal(false, (bool?)instance.Variables["ready"]);
    }

    [Theory]
    [InlineData(150, "large", "large")]
    [InlineData(100, "small", "small")]
    public async Task FlowDecision_takes_the_branch_its_condition_chooses(int amount, string size, string branch)
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "flow-decision", json => json.Replace("\"value\": \"150\"", $"\"value\": \"{amount}\""));

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(size, (string?)instance.Variables["size"]);
        Assert.Equal(["start1:Done", $"is-large:{(amount > 100 ? "True" : "False")}", $"{branch}:Done", "end1:Completed"], Steps(instance));
    }

    [Fact]
    public async Task Delay_suspends_the_instance_on_a_timer_and_its_firing_finishes_it()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "delay");

        var waiting = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, waiting.Status);
        var timer = Assert.Single(waiting.Bookmarks);
        Assert.Equal((Activities.Timer.BookmarkName, WorkflowTestHost.Epoch.AddSeconds(10).UtcDateTime), (timer.Name, timer.DueAt));
        Assert.Equal(false, (bool?)waiting.Variables["waited"]);

        // What the timer's job does when it is due.
        await host.ResumeAsync(timer.Id, actor: "timer");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(true, (bool?)done.Variables["waited"]);
    }

    [Fact]
    public async Task FlowJoin_WaitAll_continues_once_when_the_slower_branch_arrives()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "flow-join-wait-all");

        var waiting = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, waiting.Status);
        Assert.Equal((true, false, 0), ((bool?)waiting.Variables["left"], (bool?)waiting.Variables["right"], (int?)waiting.Variables["joined"]));
        Assert.Equal(0, waiting.Count("join"));

        await host.ResumeAsync(Assert.Single(waiting.Bookmarks).Id, actor: "timer");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal((true, true, 1), ((bool?)done.Variables["left"], (bool?)done.Variables["right"], (int?)done.Variables["joined"]));
        Assert.Equal(1, done.Count("join"));
    }

    [Fact]
    public async Task A_loop_back_to_an_earlier_activity_runs_until_its_decision_turns()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "legacy-flat");

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(8, (int?)instance.Variables["total"]);
        Assert.Equal((3, 2, 1), (instance.Count("double"), instance.Count("check", "False"), instance.Count("check", "True")));
    }

    [Fact]
    public async Task A_nested_flowchart_runs_as_a_child_that_sees_the_enclosing_variables()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "nested-flowchart");

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        var child = Assert.Single(await host.InstancesAsync(), i => i.ParentInstanceId == started.InstanceId);
        Assert.Equal(("elsa-nested-flowchart.doubling", WorkflowStatus.Finished), (child.DefinitionId, child.Status));
        Assert.Equal(42, (int?)(await host.InstanceAsync(child.Id)).Variables["result"]);
    }

    [Fact]
    public async Task FlowNode_runs_its_single_body_in_place_and_its_flowchart_body_as_a_child()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "flow-node");

        var parent = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Equal("set in a FlowNode", (string?)parent.Variables["outer"]);
        var child = Assert.Single(await host.InstancesAsync(), i => i.ParentInstanceId == started.InstanceId);
        Assert.Equal("set in a FlowNode, then in a flowchart", (string?)(await host.InstanceAsync(child.Id)).Variables["inner"]);
    }

    [Fact]
    public async Task ParallelForEach_runs_its_body_for_every_item_with_its_value_and_index_and_then_goes_on()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "parallel-for-each");

        var parent = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Equal(true, (bool?)parent.Variables["finished"]);
        Assert.Equal(1, parent.Count("each"));
        var children = (await host.InstancesAsync()).Where(i => i.ParentInstanceId == started.InstanceId).ToList();
        Assert.All(children, c => Assert.Equal(WorkflowStatus.Finished, c.Status));
        var shouts = new List<string?>();
        foreach (var child in children) shouts.Add((string?)(await host.InstanceAsync(child.Id)).Variables["shout"]);
        Assert.Equal(["0:RED", "1:GREEN", "2:BLUE"], shouts.Order());
    }

    [Fact]
    public async Task ParallelForEach_over_no_items_goes_on_at_once()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "parallel-for-each", json => json.Replace("[\\\"red\\\",\\\"green\\\",\\\"blue\\\"]", "[]"));

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.DoesNotContain(await host.InstancesAsync(), i => i.ParentInstanceId == started.InstanceId);
        Assert.Equal(true, (bool?)(await host.InstanceAsync(started.InstanceId)).Variables["finished"]);
    }

    [Fact]
    public async Task ParallelForEach_waits_for_every_child_whatever_order_they_end_in()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var body = new Flow("wait-for-signal")
            .Start().Signal("wait", "go", Flow.Expr("variables.CurrentValue")).End()
            .Chain("start", "wait", "end")
            .Build();
        await host.PublishAsync(body);
        await host.PublishAsync(new Flow("fan-out")
            .Start()
            .Add("each", nameof(ParallelForEach), new JsonObject { ["items"] = new JsonArray("a", "b", "c"), ["body"] = "wait-for-signal" })
            .Set("after", "finished", true)
            .End()
            .Chain("start", "each", "after", "end")
            .Build());

        var started = await host.StartAsync("fan-out");

        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        foreach (var key in new[] { "b", "c" })
        {
            await host.SignalAsync("go", key);
            var parent = await host.InstanceAsync(started.InstanceId);
            Assert.Equal((WorkflowStatus.Suspended, 0), (parent.Status, parent.Count("each")));
        }
        await host.SignalAsync("go", "a");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal((WorkflowStatus.Finished, 1, true), (done.Status, done.Count("each"), (bool?)done.Variables["finished"]));
        Assert.Empty(done.Bookmarks);
    }
}
