using System.ComponentModel;
using Library.Persistence;
using Workflows.Activities;

namespace Library.Digitization;

[Description("Moves the request to a status.")]
public sealed class SetRequestStatus(LibraryDbContext db) : Activity
{
    public required Input<DigitizationStatus> Status { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        var status = context.Get(Status);
        context.Note = request.Status == status ? status.DisplayName() : $"{request.Status.DisplayName()} → {status.DisplayName()}";
        request.Status = status;
        request.UpdatedAt = context.UtcNow;
        return ActivityResult.Done;
    }
}
