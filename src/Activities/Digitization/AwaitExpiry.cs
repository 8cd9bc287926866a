using System.ComponentModel;
using Library.Persistence;
using Workflows.Activities;

namespace Library.Digitization;

/// <summary>
/// Beside the main path, waits for the request's expiry (the department's work time) on a persistent timer; a
/// new expiry date from the Approval Requests List ("Update Expiry") restarts the wait at the new date.
/// </summary>
[Description("Waits until the request expires, following changes of its expiry date.")]
[Outcomes(Expired, Changed)]
[WaitsFor(Workflows.Activities.Timer.BookmarkName, DigitizationBookmarks.ChangeExpiry)]
public sealed class AwaitExpiry(LibraryDbContext db) : Activity
{
    public const string Expired = "Expired";
    public const string Changed = "Changed";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        if (request.ExpiresAt is not { } expiresAt)
        {
            context.Note = "no work time limit";
            return ActivityResult.Halt;
        }
        context.Note = $"expires at {expiresAt:u}";
        return ActivityResult.Wait(
            new BookmarkRequest(Workflows.Activities.Timer.BookmarkName, $"expiry:{request.Id}:{expiresAt:O}", expiresAt),
            new BookmarkRequest(DigitizationBookmarks.ChangeExpiry, context.CorrelationId!));
    }

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        if (resumption.BookmarkName == DigitizationBookmarks.ChangeExpiry)
        {
            var previous = request.ExpiresAt;
            request.ExpiresAt = resumption.Payload?["expiresAt"]?.GetValue<DateTime>().ToUniversalTime()
                                ?? throw new InvalidOperationException("A new expiry date is required.");
            context.Note = $"Expiry changed from {previous:u} to {request.ExpiresAt:u}";
            return ActivityResult.Outcome(Changed);
        }
        context.Note = $"Not completed by {request.ExpiresAt:u}";
        return ActivityResult.Outcome(Expired);
    }
}
