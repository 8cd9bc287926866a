using Quartz;

namespace Workflows.Timers;

/// <summary>
/// Puts timer bookmarks into Quartz's persistent store; the job resumes the bookmark when it is due. The
/// bookmark stays the source of truth: a job whose bookmark is gone does nothing, so a cancellation that did not
/// happen (the process stopped after the commit) costs one idle firing.
/// </summary>
public sealed class TimerScheduler(ISchedulerFactory schedulers)
{
    public const string Group = "workflow-timers";

    public async Task ScheduleAsync(Guid bookmarkId, DateTime dueAt, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        // Recovery requested: a host that dies while the job runs leaves it to be run again (by another host, or by
        // this one at its next start); otherwise Quartz drops it as done and the timer never fires. Running it again
        // is safe, since a bookmark already resumed is gone and the job then does nothing.
        var job = JobBuilder.Create<ResumeTimerJob>()
            .WithIdentity(bookmarkId.ToString(), Group)
            .UsingJobData(ResumeTimerJob.BookmarkIdKey, bookmarkId.ToString())
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(bookmarkId.ToString(), Group)
            .StartAt(new DateTimeOffset(DateTime.SpecifyKind(dueAt, DateTimeKind.Utc)))
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
    }

    /// <summary>Removes the job of a timer bookmark that was deleted before it was due (its one trigger takes the job with it).</summary>
    public async Task CancelAsync(Guid bookmarkId, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.UnscheduleJob(new TriggerKey(bookmarkId.ToString(), Group), ct);
    }

    public async Task<bool> IsScheduledAsync(Guid bookmarkId, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return await scheduler.Exists(new JobKey(bookmarkId.ToString(), Group), ct);
    }

    /// <summary>The bookmarks that have a timer job, read in one query of the store.</summary>
    public async Task<HashSet<string>> ScheduledAsync(CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), ct);
        return keys.Select(k => k.Name).ToHashSet();
    }
}
