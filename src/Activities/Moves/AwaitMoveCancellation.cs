using System.ComponentModel;
using Library.Persistence;
using Workflows.Activities;

namespace Library.Moves;

/// <summary>Waits, beside the arrival, for staff to cancel the move; records the reason when they do.</summary>
[Description("Waits for the move request to be cancelled.")]
[WaitsFor(MoveBookmarks.Cancel)]
public sealed class AwaitMoveCancellation(LibraryDbContext db) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var move = await db.MoveOfAsync(context);
        return ActivityResult.Wait(new BookmarkRequest(MoveBookmarks.Cancel, MoveBookmarks.MoveKey(move.Id)));
    }

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        var move = await db.MoveOfAsync(context);
        move.CancellationReason = resumption.Payload?["reason"]?.GetValue<string>();
        move.CancellationNote = resumption.Payload?["note"]?.GetValue<string>();
        context.SetReason(move.CancellationNote is null
            ? $"Cancelled: {move.CancellationReason}"
            : $"Cancelled: {move.CancellationReason} ({move.CancellationNote})");
        return ActivityResult.Done;
    }
}
