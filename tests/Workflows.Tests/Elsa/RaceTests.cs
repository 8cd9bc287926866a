using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>Race: the first arrival runs the activity and cancels what is still under way towards it.</summary>
public sealed class RaceTests
{
    [Fact]
    public async Task First_arrival_runs_it_once_and_cancels_the_other_branch_and_its_timer()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.TwoBranches("Race", a: "Signal", b: "Timer"));
        var started = await host.StartAsync("merge");
        var timer = Assert.Single((await host.InstanceAsync(started.InstanceId)).Bookmarks, b => b.ActivityId == "b");
        var scheduler = host.Services.GetRequiredService<Workflows.Timers.TimerScheduler>();
        Assert.True(await scheduler.IsScheduledAsync(timer.Id));

        await host.SignalAsync("arrive", "a");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(1, done.Count("merged"));
        Assert.Equal(1, done.Count("b", "Cancelled"));
        Assert.Empty(done.Bookmarks);
        Assert.False(await scheduler.IsScheduledAsync(timer.Id));
    }

    [Fact]
    public async Task Branches_that_finish_together_run_it_once()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.TwoBranches("Race"));

        var started = await host.StartAsync("merge");

        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(1, done.Count("merged"));
        Assert.Equal(WorkflowStatus.Finished, done.Status);
    }

    [Fact]
    public async Task A_later_signal_for_the_cancelled_branch_finds_nothing()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(MergeFlows.TwoBranches("Race", a: "Signal", b: "Signal"));
        var started = await host.StartAsync("merge");

        await host.SignalAsync("arrive", "b");

        Assert.Equal(ResumeStatus.NotFound, (await host.SignalAsync("arrive", "a")).Status);
        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(1, done.Count("merged"));
        Assert.Equal(1, done.Count("a", "Cancelled"));
    }
}
