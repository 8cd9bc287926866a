using System.ComponentModel;
using Library.Persistence;
using Workflows.Activities;

namespace Library.Digitization;

/// <summary>Waits, beside the main path, for staff to cancel the request; records the reason when they do.</summary>
[Description("Waits for the request to be cancelled.")]
[WaitsFor(DigitizationBookmarks.CancelRequest)]
public sealed class AwaitCancellation(LibraryDbContext db) : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(DigitizationBookmarks.CancelRequest, context.CorrelationId!)));

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        request.CancellationReason = resumption.Payload?["reason"]?.GetValue<string>();
        request.CancellationNote = resumption.Payload?["note"]?.GetValue<string>();
        context.Note = request.CancellationNote is null
            ? $"Cancelled: {request.CancellationReason}"
            : $"Cancelled: {request.CancellationReason} ({request.CancellationNote})";
        return ActivityResult.Done;
    }
}
