using System.Text.Json.Nodes;
using Quartz;
using Workflows.Persistence;
using Workflows.Timers;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

public sealed class TimerTests
{
    private static readonly Definitions.WorkflowDefinition Reminder = new Flow("reminder")
        .Start()
        .Add("wait", nameof(Activities.Timer), new JsonObject { ["duration"] = "00:05:00" })
        .Set("remind", "reminded", true)
        .End()
        .Chain("start", "wait", "remind", "end")
        .Build();

    [Fact]
    public async Task Timer_is_scheduled_in_Quartz_at_its_due_time_and_fires_when_the_clock_passes_it()
    {
        await using var host = await WorkflowTestHost.StartAsync(persistentTimers: true);
        await host.PublishAsync(Reminder);

        var started = await host.StartAsync("reminder");

        var waiting = await host.InstanceAsync(started.InstanceId);
        var bookmark = Assert.Single(waiting.Bookmarks);
        var due = WorkflowTestHost.Epoch.AddMinutes(5);
        Assert.Equal(due.UtcDateTime, bookmark.DueAt);
        var scheduler = await host.SchedulerAsync();
        var trigger = await scheduler.GetTrigger(new TriggerKey(bookmark.Id.ToString(), TimerScheduler.Group));
        Assert.NotNull(trigger);
        Assert.Equal(due, trigger.NextFireTimeUtc);

        host.Clock.Advance(TimeSpan.FromMinutes(4));
        await Task.Delay(200);
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(started.InstanceId)).Status);

        host.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var done = await host.WaitForAsync(started.InstanceId, i => i.Status != WorkflowStatus.Suspended);

        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(true, (bool?)done.Variables["reminded"]);
        Assert.Empty(done.Bookmarks);
        var fired = Assert.Single(done.History, h => h.ActivityId == "wait" && h.Outcome == "Done");
        Assert.Equal(ResumeTimerJob.Actor, fired.Actor);
    }

    [Fact]
    public async Task Timer_of_a_wait_that_closed_is_unscheduled_and_its_time_passes_without_effect()
    {
        // Whichever comes first: the signal or five minutes. The signal wins, which takes the timer's job out of Quartz.
        await using var host = await WorkflowTestHost.StartAsync(persistentTimers: true);
        await host.PublishAsync(new Flow("race")
            .Start().Add("fork", nameof(Activities.Fork))
            .Add("timeout", nameof(Activities.Timer), new JsonObject { ["duration"] = "00:05:00" })
            .Signal("answer", "answer", "q-1")
            .Add("late", nameof(Activities.End), new JsonObject { ["cancelled"] = true })
            .End()
            .Chain("start", "fork").Connect("fork", "timeout").Connect("fork", "answer")
            .Chain("timeout", "late").Chain("answer", "end")
            .Build());
        var started = await host.StartAsync("race");
        var timer = (await host.InstanceAsync(started.InstanceId)).Bookmarks.Single(b => b.DueAt is not null);

        var scheduler = await host.SchedulerAsync();
        var triggerKey = new TriggerKey(timer.Id.ToString(), TimerScheduler.Group);
        Assert.NotNull(await scheduler.GetTrigger(triggerKey));

        await host.SignalAsync("answer", "q-1");
        Assert.Null(await scheduler.GetTrigger(triggerKey));
        Assert.Null(await scheduler.GetJobDetail(new JobKey(timer.Id.ToString(), TimerScheduler.Group)));

        host.Clock.Advance(TimeSpan.FromMinutes(6));
        await Task.Delay(200);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.DoesNotContain(instance.History, h => h.ActivityId == "late");
    }

    [Fact]
    public async Task Timer_until_a_moment_fires_at_that_moment()
    {
        await using var host = await WorkflowTestHost.StartAsync(persistentTimers: true);
        var due = WorkflowTestHost.Epoch.AddDays(3);
        await host.PublishAsync(new Flow("deadline")
            .Start()
            .Add("wait", nameof(Activities.Timer), new JsonObject { ["until"] = Flow.Expr("variables.deadline") })
            .End()
            .Chain("start", "wait", "end")
            .Build());

        var started = await host.StartAsync("deadline", new JsonObject { ["deadline"] = due.UtcDateTime.ToString("O") });
        Assert.Equal(due.UtcDateTime, Assert.Single((await host.InstanceAsync(started.InstanceId)).Bookmarks).DueAt);

        host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        var done = await host.WaitForAsync(started.InstanceId, i => i.Status != WorkflowStatus.Suspended);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
    }
}
