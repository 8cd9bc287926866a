using System.ComponentModel;
using Library.Persistence;
using Workflows.Activities;

namespace Library.Moves;

[Description("Moves the move request to a status, with the reason the step before gave.")]
public sealed class SetMoveStatus(LibraryDbContext db) : Activity
{
    public required Input<MoveStatus> Status { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var move = await db.MoveOfAsync(context);
        var status = context.Get(Status);
        var reason = context.Variables[MoveRequests.ReasonVariable]?.GetValue<string>();
        context.Note = $"{move.Status.DisplayName()} → {status.DisplayName()}";
        db.MoveStatusChanges.Add(move.ChangeStatus(status, context.Actor, context.UtcNow, reason));
        return ActivityResult.Done;
    }
}
