using System.ComponentModel;
using Library.Persistence;
using Microsoft.Extensions.Options;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>
/// A timer of the lending definition fired: the request's due date (a loan goes Overdue) or needed-by date (an unshipped
/// request Expires) has passed. Which one is read from the request, whose dates set the timer.
/// </summary>
[Description("Applies the lending request's due date or needed-by date that has passed.")]
public sealed class LapseLendingDeadline(LibraryDbContext db, IOptions<LendingSettings> settings) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.LendingRequestOfAsync(context);
        var deadline = LendingDeadline.Of(request, settings.Value.InstitutionTimeZone())
                       ?? throw new InvalidOperationException($"A lending timer fired, but request {request.Id} waits for no deadline in status {request.Status.DisplayName()}.");
        var step = LendingSteps.Lapse(request, deadline, context.UtcNow);
        context.Note = step.Note;
        LendingTimers.Set(context, request, settings.Value.InstitutionTimeZone());
        return ActivityResult.Done;
    }
}
