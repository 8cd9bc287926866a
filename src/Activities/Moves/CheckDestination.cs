using System.ComponentModel;
using Library.Persistence;
using Workflows.Activities;

namespace Library.Moves;

/// <summary>A move to where the item already is has nothing to wait for; any other move waits for the item to arrive.</summary>
[Description("Decides whether the item is already at the move's destination.")]
[Outcomes(AlreadyThere, Elsewhere)]
public sealed class CheckDestination(LibraryDbContext db) : Activity
{
    public const string AlreadyThere = "AlreadyThere";
    public const string Elsewhere = "Elsewhere";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var move = await db.MoveOfAsync(context);
        // A general hold names an issue that staff have yet to find, so the barcode's location says nothing about it.
        if (move.Type == MoveRequestType.GeneralHold || move.From != move.To)
        {
            context.Note = $"Item {move.Barcode} is to be brought from {move.From} to {move.To}";
            return ActivityResult.Outcome(Elsewhere);
        }
        context.SetReason($"Item {move.Barcode} is already at {move.To}: nothing to move");
        return ActivityResult.Outcome(AlreadyThere);
    }
}
