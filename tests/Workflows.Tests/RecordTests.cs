using Microsoft.Extensions.DependencyInjection;
using Workflows.Definitions;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

/// <summary>
/// Something done to the record an instance serves outside its flow (staff reading a file) is written into the
/// instance's history like a step, by the account that did it, without running or moving the instance.
/// </summary>
public sealed class RecordTests
{
    private static readonly RecordedAction Read = new("staff-download", "Download", "Downloaded", "chapter-3.pdf");

    /// <summary>Start → Signal "go" (again and again).</summary>
    private static WorkflowDefinition Loop() =>
        new Flow("loop").Start().Signal("wait", "go", "k").Chain("start", "wait").Connect("wait", "wait").Build();

    private static async Task RecordAsync(WorkflowTestHost host, string correlationId, string actor)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().RecordAsync(correlationId, "loop", Read, actor);
    }

    [Fact]
    public async Task A_recorded_action_takes_the_next_place_in_the_history_and_leaves_the_instance_waiting_where_it_was()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Loop());
        var started = await host.StartAsync("loop", correlationId: "request-1");
        var before = await host.InstanceAsync(started.InstanceId);

        await RecordAsync(host, "request-1", "m.dupont");

        var after = await host.InstanceAsync(started.InstanceId);
        var recorded = after.History.Last();
        Assert.Equal((before.History.Count + 1, "staff-download", "Download", "Downloaded", "chapter-3.pdf", "m.dupont", host.Clock.GetUtcNow().UtcDateTime),
            (recorded.Sequence, recorded.ActivityId, recorded.ActivityType, recorded.Outcome, recorded.Note, recorded.Actor, recorded.At));
        Assert.Equal(WorkflowStatus.Suspended, after.Status);
        Assert.Equal(before.Bookmarks.Select(b => b.Id), after.Bookmarks.Select(b => b.Id));
        Assert.Equal(before.Variables.ToJsonString(), after.Variables.ToJsonString());

        Assert.Equal(ResumeStatus.Resumed, (await host.SignalAsync("go", "k")).Status);
        var resumed = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(Enumerable.Range(1, resumed.History.Count), resumed.History.Select(h => h.Sequence));
    }

    [Fact]
    public async Task Recording_for_a_record_no_instance_serves_says_so()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Loop());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RecordAsync(host, "request-nobody-has", "m.dupont"));
        Assert.Contains("request-nobody-has", error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Actions_recorded_while_steps_commit_are_all_kept_in_one_unbroken_sequence(bool groupCommit)
    {
        await using var host = await WorkflowTestHost.StartAsync(groupCommit: groupCommit);
        await host.PublishAsync(Loop());
        var started = await host.StartAsync("loop", correlationId: "request-1");

        const int Each = 12;
        var signals = Enumerable.Range(0, Each).Select(i => Task.Run(() => host.SignalAsync("go", "k", actor: $"signal-{i}"))).ToList();
        var records = Enumerable.Range(0, Each).Select(i => Task.Run(() => RecordAsync(host, "request-1", $"reader-{i}"))).ToList();
        await Task.WhenAll(records);
        var resumed = await Task.WhenAll(signals);

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(Enumerable.Range(1, instance.History.Count), instance.History.Select(h => h.Sequence));
        Assert.Equal(Each, instance.History.Count(h => h.ActivityType == "Download"));
        Assert.Equal(resumed.Count(r => r.Status == ResumeStatus.Resumed), instance.Count("wait"));
        Assert.Equal(instance.State.HistoryLength, instance.History.Count);
    }
}
