using Library.Persistence;
using Workflows.Activities;

namespace Library.Moves;

public static class MoveLookup
{
    /// <summary>
    /// The move request an activity's instance serves, named by the <c>moveId</c> variable rather than the
    /// correlation id: a move started as a child of a lending request carries the lending request's correlation.
    /// </summary>
    public static async Task<MoveRequest> MoveOfAsync(this LibraryDbContext db, ActivityContext context)
    {
        var text = context.Variables[MoveRequests.MoveIdVariable]?.GetValue<string>();
        if (!Guid.TryParse(text, out var id))
            throw new InvalidOperationException($"Instance {context.InstanceId} has no '{MoveRequests.MoveIdVariable}' variable naming a move request.");
        return await db.MoveRequests.FindAsync([id], context.CancellationToken)
               ?? throw new InvalidOperationException($"Move request {id} of instance {context.InstanceId} does not exist.");
    }

    /// <summary>Why the next status change happens, for its history line; set by the step that decided it.</summary>
    public static void SetReason(this ActivityContext context, string reason)
    {
        context.SetVariable(MoveRequests.ReasonVariable, reason);
        context.Note = reason;
    }
}
