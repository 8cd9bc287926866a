using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Workflows.Persistence;

namespace Workflows.Timers;

/// <summary>
/// At start-up, schedules any timer bookmark that has no Quartz job: the process may have stopped between the
/// commit that created the bookmark and the call that scheduled it.
/// </summary>
public sealed class TimerRecovery(IServiceScopeFactory scopes, TimerScheduler timers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var due = await db.Bookmarks.AsNoTracking().Where(b => b.DueAt != null)
            .Select(b => new { b.Id, DueAt = b.DueAt!.Value }).ToListAsync(cancellationToken);
        var scheduled = await timers.ScheduledAsync(cancellationToken);
        foreach (var timer in due.Where(t => !scheduled.Contains(t.Id.ToString())))
            await timers.ScheduleAsync(timer.Id, timer.DueAt, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
