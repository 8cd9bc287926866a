using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;
using static Workflows.Tests.Infrastructure.Flow;

namespace Workflows.Tests;

public sealed class SequenceTests
{
    private static readonly Definitions.WorkflowDefinition Approval = new Flow("approval")
        .Start()
        .Set("greet", "greeting", "hello")
        .Signal("wait", "approve", Expr("variables.requestId"), resultVariable: "approval")
        .Set("record", "approvedBy", Expr("variables.approval.by"))
        .End()
        .Chain("start", "greet", "wait", "record", "end")
        .Build();

    [Fact]
    public async Task Sequence_waits_for_its_signal_then_runs_to_the_end_with_history_in_order()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Approval);

        var started = await host.StartAsync("approval", new JsonObject { ["requestId"] = "r-1" }, actor: "alice", correlationId: "req-1");

        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        var waiting = await host.InstanceAsync(started.InstanceId);
        Assert.Equal("hello", (string?)waiting.Variables["greeting"]);
        Assert.Equal("req-1", waiting.Instance.CorrelationId);
        var bookmark = Assert.Single(waiting.Bookmarks);
        Assert.Equal((Signal.BookmarkName("approve"), "r-1"), (bookmark.Name, bookmark.Key));

        var resumed = await host.SignalAsync("approve", "r-1", new JsonObject { ["by"] = "bob" }, actor: "bob");

        Assert.Equal(new ResumeResult(ResumeStatus.Resumed, started.InstanceId, WorkflowStatus.Finished, CorrelationId: "req-1"), resumed);
        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal("bob", (string?)done.Variables["approvedBy"]);
        Assert.Equal("bob", (string?)done.Variables["approval"]?["by"]);
        Assert.Empty(done.Bookmarks);
        Assert.Equal(
            [
                (1, "start", "Done", "alice"),
                (2, "greet", "Done", "alice"),
                (3, "wait", "Waiting", "alice"),
                (4, "wait", "Done", "bob"),
                (5, "record", "Done", "bob"),
                (6, "end", "Completed", "bob"),
            ],
            done.History.Select(h => (h.Sequence, h.ActivityId, h.Outcome, h.Actor)));
    }

    [Fact]
    public async Task Signal_with_no_waiting_instance_is_not_found_and_changes_nothing()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Approval);
        var started = await host.StartAsync("approval", new JsonObject { ["requestId"] = "r-1" });

        var result = await host.SignalAsync("approve", "r-2");

        Assert.Equal(ResumeResult.NotFound, result);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Single(instance.Bookmarks);
    }

    [Fact]
    public async Task Signal_on_a_key_several_instances_wait_on_resumes_the_oldest_first()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Approval);
        var first = await host.StartAsync("approval", new JsonObject { ["requestId"] = "book-7" });
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await host.StartAsync("approval", new JsonObject { ["requestId"] = "book-7" });

        var a = await host.SignalAsync("approve", "book-7", new JsonObject { ["by"] = "x" });
        var b = await host.SignalAsync("approve", "book-7", new JsonObject { ["by"] = "y" });
        var c = await host.SignalAsync("approve", "book-7");

        Assert.Equal(first.InstanceId, a.InstanceId);
        Assert.Equal(second.InstanceId, b.InstanceId);
        Assert.Equal(ResumeStatus.NotFound, c.Status);
    }
}
