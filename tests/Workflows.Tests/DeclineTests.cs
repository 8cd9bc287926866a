using System.Text.Json.Nodes;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

/// <summary>An activity may decline a resumption that no longer applies: the caller hears why and nothing is saved.</summary>
public sealed class DeclineTests
{
    [Fact]
    public async Task A_declined_resumption_saves_nothing_keeps_the_bookmark_and_gives_the_reason()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("gated").Start().Add("gate", nameof(Gate)).Set("after", "passed", true).End()
            .Chain("start", "gate", "after", "end").Build());
        var started = await host.StartAsync("gated");
        var before = await host.InstanceAsync(started.InstanceId);
        var bookmark = Assert.Single(before.Bookmarks);

        var declined = await host.ResumeAsync(bookmark.Id, new JsonObject { ["open"] = false });

        Assert.Equal(new ResumeResult(ResumeStatus.Declined, started.InstanceId, Reason: "the gate is closed"), declined);
        var after = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, after.Status);
        Assert.Equal(bookmark.Id, Assert.Single(after.Bookmarks).Id);
        Assert.Equal(before.History.Select(h => h.Sequence), after.History.Select(h => h.Sequence));
        Assert.Equal(before.State.Serialize(), after.State.Serialize());

        var passed = await host.ResumeAsync(bookmark.Id, new JsonObject { ["open"] = true });

        Assert.Equal(ResumeStatus.Resumed, passed.Status);
        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.True((bool?)done.Variables["passed"]);
    }

    [Fact]
    public async Task Declining_outside_a_resumption_faults_the_step()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("eager").Start().Add("step", nameof(DeclineOnStart)).End().Chain("start", "step", "end").Build());

        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => host.StartAsync("eager"));

        Assert.Equal("step", fault.ActivityId);
        Assert.Contains("only a resumption can be declined", fault.Message);
        Assert.Empty(await host.InstancesAsync());
    }
}
