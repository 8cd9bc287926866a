using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

/// <summary>
/// A faulted instance keeps an incident: the activity that failed and the resumption that ran it (its bookmark,
/// payload and actor). A retry runs that resumption again, once the cause is fixed, and names who retried.
/// </summary>
public sealed class RetryTests
{
    /// <summary>Start → Signal "go" (payload into a variable) → Explode → End.</summary>
    private static Definitions.WorkflowDefinition WaitThenExplode() => new Flow("faulty")
        .Start()
        .Signal("wait", "go", "k", resultVariable: "payload")
        .Add("step", nameof(Explode))
        .End()
        .Chain("start", "wait", "step", "end")
        .Build();

    private static async Task<RetryResult> RetryAsync(WorkflowTestHost host, Guid instanceId, string actor = "operator")
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().RetryAsync(instanceId, actor);
    }

    private static async Task<Guid> FaultedAsync(WorkflowTestHost host, JsonObject? payload = null)
    {
        await host.PublishAsync(WaitThenExplode());
        var started = await host.StartAsync("faulty");
        await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k", payload ?? new JsonObject { ["x"] = 1 }, actor: "scanner"));
        return started.InstanceId;
    }

    [Fact]
    public async Task A_fault_records_the_activity_and_the_resumption_that_ran_it()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var instanceId = await FaultedAsync(host);

        var faulted = await host.InstanceAsync(instanceId);

        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        var incident = faulted.Instance.Incident!;
        Assert.Equal(("step", nameof(Explode), "scanner"), (incident.ActivityId, incident.ActivityType, incident.Actor));
        Assert.Equal(Assert.Single(faulted.Bookmarks).Id, incident.BookmarkId);
        Assert.Equal(1, (int?)JsonNode.Parse(incident.Payload!)!["x"]);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, incident.At);
    }

    [Fact]
    public async Task Retry_runs_the_faulted_step_again_with_its_payload_and_names_who_retried()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var instanceId = await FaultedAsync(host);
        host.Faults.Armed = false; // the cause is fixed

        var retried = await RetryAsync(host, instanceId, actor: "operator");

        Assert.Equal((RetryStatus.Retried, WorkflowStatus.Finished), (retried.Status, retried.InstanceStatus));
        var done = await host.InstanceAsync(instanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Null(done.Instance.Incident);
        Assert.Null(done.Instance.Fault);
        // The resumption ran once more with the payload it had, in the name of whoever made it.
        Assert.Equal(1, (int?)done.Variables["payload"]?["x"]);
        Assert.Equal(1, done.Count("step"));
        Assert.Equal("scanner", done.History.Single(h => h.ActivityId == "step" && h.Outcome == Outcomes.Done).Actor);
        var retry = Assert.Single(done.History, h => h.Outcome == RetryResult.RetriedOutcome);
        Assert.Equal(("step", nameof(Explode), "operator"), (retry.ActivityId, retry.ActivityType, retry.Actor));
        Assert.Contains("boom", retry.Note);
        Assert.Equal(Enumerable.Range(1, done.History.Count), done.History.Select(h => h.Sequence));
    }

    [Fact]
    public async Task A_retry_that_faults_again_keeps_the_instance_faulted_and_records_the_attempt()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var instanceId = await FaultedAsync(host);
        var before = await host.InstanceAsync(instanceId);

        await Assert.ThrowsAsync<ActivityFaultException>(() => RetryAsync(host, instanceId, actor: "operator"));

        var after = await host.InstanceAsync(instanceId);
        Assert.Equal(WorkflowStatus.Faulted, after.Status);
        Assert.Equal(before.Instance.Incident!.BookmarkId, after.Instance.Incident!.BookmarkId);
        Assert.Equal("scanner", after.Instance.Incident.Actor);
        Assert.Equal(before.Bookmarks.Select(b => b.Id), after.Bookmarks.Select(b => b.Id));
        Assert.False(after.Variables.ContainsKey("payload"));
        var attempt = Assert.Single(after.History.Skip(before.History.Count));
        Assert.Equal(("step", "operator", RetryResult.FaultedOutcome), (attempt.ActivityId, attempt.Actor, attempt.Outcome));

        host.Faults.Armed = false;
        Assert.Equal(RetryStatus.Retried, (await RetryAsync(host, instanceId)).Status);
        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(instanceId)).Status);
    }

    [Fact]
    public async Task Retry_of_an_instance_that_is_not_faulted_changes_nothing()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(WaitThenExplode());
        var started = await host.StartAsync("faulty");
        var before = await host.InstanceAsync(started.InstanceId);

        var result = await RetryAsync(host, started.InstanceId);

        Assert.Equal((RetryStatus.NotFaulted, WorkflowStatus.Suspended), (result.Status, result.InstanceStatus));
        var after = await host.InstanceAsync(started.InstanceId);
        Assert.Equal((before.Instance.Version, before.History.Count), (after.Instance.Version, after.History.Count));
        Assert.Equal(RetryStatus.NotFound, (await RetryAsync(host, Guid.NewGuid())).Status);
    }

    [Fact]
    public async Task A_faulted_instance_stays_faulted_while_another_branch_moves_on()
    {
        // start → fork ─┬─ a (signal) → Explode → end
        //               └─ b (signal) → SetVariable
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("branches")
            .Start().Add("fork", nameof(Fork))
            .Signal("a", "arrive", "a").Add("step", nameof(Explode)).End()
            .Signal("b", "arrive", "b").Set("b-done", "b", true)
            .Chain("start", "fork").Connect("fork", "a").Connect("fork", "b")
            .Chain("a", "step", "end").Chain("b", "b-done")
            .Build());
        var started = await host.StartAsync("branches");
        await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("arrive", "a"));

        Assert.Equal(WorkflowStatus.Faulted, (await host.SignalAsync("arrive", "b")).InstanceStatus);
        var moved = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, moved.Status);
        Assert.True((bool)moved.Variables["b"]!);
        Assert.Equal("step", moved.Instance.Incident!.ActivityId);

        host.Faults.Armed = false;
        Assert.Equal(WorkflowStatus.Finished, (await RetryAsync(host, started.InstanceId)).InstanceStatus);
    }

    [Fact]
    public async Task Resuming_the_faulted_bookmark_by_its_trigger_ends_the_incident()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("faulty-then-wait")
            .Start().Signal("wait", "go", "k").Add("step", nameof(Explode)).Signal("again", "later", "k").End()
            .Chain("start", "wait", "step", "again", "end")
            .Build());
        var started = await host.StartAsync("faulty-then-wait");
        await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k"));
        host.Faults.Armed = false;

        await host.SignalAsync("go", "k");

        var waiting = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, waiting.Status);
        Assert.Null(waiting.Instance.Incident);
        Assert.Null(waiting.Instance.Fault);
        Assert.Equal(RetryStatus.NotFaulted, (await RetryAsync(host, started.InstanceId)).Status);
    }

    [Fact]
    public async Task A_parent_faulted_by_its_child_is_retried_through_the_resumption_that_faulted()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("exploding-child").Start().Add("step", nameof(Explode)).End().Chain("start", "step", "end").Build());
        await host.PublishAsync(new Flow("parent")
            .Start().Signal("wait", "go", "k")
            .Add("run", nameof(RunWorkflow), new JsonObject { ["workflow"] = "exploding-child" })
            .End()
            .Chain("start", "wait", "run", "end")
            .Build());
        var started = await host.StartAsync("parent");
        await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k"));
        host.Faults.Armed = false;

        var retried = await RetryAsync(host, started.InstanceId);

        Assert.Equal(WorkflowStatus.Finished, retried.InstanceStatus);
        Assert.Equal(2, (await host.InstancesAsync()).Count(i => i.Status == WorkflowStatus.Finished));
    }
}
