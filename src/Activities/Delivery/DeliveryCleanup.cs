using Library.Persistence;
using Library.Digitization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Library.Delivery;

/// <summary>
/// Removes a delivery link's files when its cleanup day comes, fired by Quartz from its persistent store. The job
/// is keyed by the link's token, so scheduling it again is harmless, and a job for a link that was never
/// committed finds nothing to do.
/// </summary>
public sealed class DeliveryCleanup(LibraryDbContext db, TimeProvider clock, ILogger<DeliveryCleanup> logger) : IJob
{
    public const string Group = "delivery-cleanup";
    public const string TokenKey = "token";

    public static async Task ScheduleAsync(ISchedulerFactory schedulers, DeliveryLink link, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<DeliveryCleanup>().WithIdentity(link.Token, Group).UsingJobData(TokenKey, link.Token).Build();
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider).WithIdentity(link.Token, Group)
            .StartAt(new DateTimeOffset(DateTime.SpecifyKind(link.CleanupAt, DateTimeKind.Utc)))
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var token = context.MergedJobDataMap.GetString(TokenKey);
        var link = await db.DeliveryLinks.SingleOrDefaultAsync(l => l.Token == token, cancellationToken);
        if (link is null || link.FilesRemovedAt is not null) return;

        var files = await db.Attachments
            .Where(a => a.RequestId == link.RequestId && a.Purpose == AttachmentPurpose.Delivery)
            .Select(a => a.StoragePath).ToListAsync(cancellationToken);
        link.FilesRemovedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        // The link answers 410 from the commit on; deleting the files after it means none is served half-deleted.
        foreach (var path in files) Storage.AttachmentStore.Discard(path);
        logger.LogInformation("Removed {Count} delivered file(s) of request {Request}", files.Count, link.RequestId);
    }
}
