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
        if (request.Status.IsClosed() != status.IsClosed())
        {
            var load = await db.PatronLoadOfAsync(request.Requester.Id, context.CancellationToken);
            if (status.IsClosed()) load.Closed();
            else load.Opened();
        }
        request.Status = status;
        request.UpdatedAt = context.UtcNow;
        return ActivityResult.Done;
    }
}
