using System.ComponentModel;
using Library.Persistence;
using Library.Digitization;
using Microsoft.Extensions.Options;
using Quartz;
using Workflows.Activities;

namespace Library.Delivery;

/// <summary>
/// Issues the download link for a link-delivered request and schedules the removal of its files. The cleanup
/// job is stored before this step commits; should the step roll back, the job finds no link and does nothing.
/// </summary>
[Description("Creates the requester's download link and schedules the files' cleanup.")]
public sealed class CreateDeliveryLink(LibraryDbContext db, ISchedulerFactory schedulers, IOptions<DeliveryOptions> options) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        var link = new DeliveryLink
        {
            Token = DeliveryLink.NewToken(),
            RequestId = request.Id,
            MaxAccessCount = request.Routing.MaxAccessCount,
            CreatedAt = context.UtcNow,
            CleanupAt = context.UtcNow.AddDays(options.Value.DocumentDeliveryCleanupDays),
        };
        db.DeliveryLinks.Add(link);
        await DeliveryCleanup.ScheduleAsync(schedulers, link, context.CancellationToken);
        context.Note = $"Download link issued: {(link.MaxAccessCount is { } max ? $"{max} download(s)" : "unlimited downloads")}, files kept until {link.CleanupAt:u}";
        return ActivityResult.Done;
    }
}
