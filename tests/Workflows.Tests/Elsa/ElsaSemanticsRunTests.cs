using Workflows.Persistence;
using Workflows.Tests.Infrastructure;
using static Workflows.Tests.Elsa.ElsaRunTests;

namespace Workflows.Tests.Elsa;

/// <summary>
/// The Elsa samples of the activities that behave as Elsa's do (WriteLine, Fault, Fork, Join WaitAny, Event, the merge
/// modes) imported and run: the lines they write, in order, and the status they end in.
/// </summary>
public sealed class ElsaSemanticsRunTests
{
    [Fact]
    public async Task WriteLine_writes_a_literal_and_a_script_s_value_as_the_log_in_order()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "write-line");

        var trace = await host.TraceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, trace.Status);
        Assert.Equal(["Hello, world", "one and two make 3"], trace.Log);
    }

    [Fact]
    public async Task Fault_ends_the_instance_faulted_with_its_message_after_the_lines_before_it()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "fault");

        var trace = await host.TraceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, trace.Status);
        Assert.Equal(["looking up the order"], trace.Log);
        Assert.Contains("Order not found", trace.Fault);
        Assert.StartsWith("fail", trace.Fault);
    }

    [Fact]
    public async Task FlowFork_runs_each_branch_and_the_join_goes_on_once_both_arrived()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "flow-fork");

        var trace = await host.TraceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, trace.Status);
        Assert.Equal(["left", "right"], trace.Log.Order(StringComparer.Ordinal));
        Assert.Single(trace.History, h => h.ActivityId == "join" && h.Outcome == "Done");
    }

    [Fact]
    public async Task FlowJoin_WaitAny_goes_on_with_the_first_branch_and_cancels_the_slower_one()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "flow-join-wait-any");

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.Bookmarks);
        Assert.Equal(["fast branch", "joined"], (await host.TraceAsync(started.InstanceId)).Log);
    }

    [Fact]
    public async Task Event_waits_until_its_event_is_published_and_then_goes_on()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "event");

        var waiting = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, waiting.Status);
        var bookmark = Assert.Single(waiting.Bookmarks);
        Assert.Equal((Activities.Event.BookmarkName, "order-paid"), (bookmark.Name, bookmark.Key));
        Assert.Equal(["waiting for payment"], (await host.TraceAsync(started.InstanceId)).Log);

        await host.ResumeAsync(bookmark.Id, actor: "publisher");

        var trace = await host.TraceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, trace.Status);
        Assert.Equal(["waiting for payment", "payment received"], trace.Log);
    }

    [Theory]
    [InlineData("merge-stream")]
    [InlineData("merge-merge")]
    [InlineData("merge-converge")]
    public async Task Stream_Merge_and_Converge_run_the_meeting_activity_once_after_both_branches(string sample)
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, sample);

        var trace = await host.TraceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, trace.Status);
        Assert.Equal(["branch A", "branch B", "merged"], trace.Log);
    }

    [Fact]
    public async Task Cascade_runs_the_meeting_activity_once_for_each_branch()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "merge-cascade");

        var trace = await host.TraceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, trace.Status);
        Assert.Equal(2, trace.Log.Count(line => line == "merged"));
    }

    [Fact]
    public async Task Race_runs_the_meeting_activity_on_the_first_arrival_only()
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var started = await ImportAndStartAsync(host, "merge-race");

        var trace = await host.TraceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, trace.Status);
        Assert.Equal(["branch A", "merged"], trace.Log);
    }
}
