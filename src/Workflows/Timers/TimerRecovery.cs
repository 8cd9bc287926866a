using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflows.Persistence;

namespace Workflows.Timers;

/// <summary>
/// Schedules timer bookmarks that have no Quartz job: a process may stop between the commit that created a bookmark
/// and the call that scheduled it. At start-up every timer bookmark is checked; after that, every minute, those
/// already overdue, since with several hosts the one that died may never start again to recover its own.
/// </summary>
public sealed class TimerRecovery(IServiceScopeFactory scopes, TimerScheduler timers, TimeProvider clock, ILogger<TimerRecovery> logger) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RecoverAsync(overdueBefore: null, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(SweepInterval);
        while (await ticks.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // A timer fires within moments of its due time; one a whole interval late has no job left to fire it.
                await RecoverAsync(clock.GetUtcNow().UtcDateTime - SweepInterval, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Looking for overdue timers without a job failed; the next sweep tries again");
            }
        }
    }

    private async Task RecoverAsync(DateTime? overdueBefore, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var due = await db.Bookmarks.AsNoTracking()
            .Where(b => b.DueAt != null && (overdueBefore == null || b.DueAt < overdueBefore))
            .Select(b => new { b.Id, DueAt = b.DueAt!.Value }).ToListAsync(ct);
        if (due.Count == 0) return;
        // All the store's jobs in one query at start-up; the few overdue ones one by one after.
        var scheduled = overdueBefore is null ? await timers.ScheduledAsync(ct) : null;
        foreach (var timer in due)
        {
            if (scheduled?.Contains(timer.Id.ToString()) ?? await timers.IsScheduledAsync(timer.Id, ct)) continue;
            logger.LogInformation("Timer {Bookmark} due at {DueAt:u} had no job; scheduled again", timer.Id, timer.DueAt);
            await timers.ScheduleAsync(timer.Id, timer.DueAt, ct);
        }
    }
}
