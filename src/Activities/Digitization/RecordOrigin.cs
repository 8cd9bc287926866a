using System.ComponentModel;
using Library.Lending;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Workflows.Activities;

namespace Library.Digitization;

/// <summary>
/// Opens the request's history with whom it was created for: the requester, or the lending request (partner and its
/// request id) whose "Create digitization request" started it, where the requester is only the partner's code.
/// </summary>
[Description("Records whom the request was created for.")]
public sealed class RecordOrigin(LibraryDbContext db) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        var lending = request.LendingRequestId is { } id
            ? await db.LendingRequests.AsNoTracking().Where(l => l.Id == id)
                .Select(l => new LendingReference(l.Id, l.Partner.Code, l.ExternalId)).SingleAsync(context.CancellationToken)
            : null;
        context.Note = lending is null
            ? $"Created for requester {request.Requester.Id} ({request.Requester.UserGroup})"
            : $"Created for {lending}";
        return ActivityResult.Done;
    }
}
