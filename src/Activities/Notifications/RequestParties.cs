using Library.Persistence;
using Microsoft.Extensions.Options;
using Workflows.Activities;
using Workflows.Mail;

namespace Library.Notifications;

/// <summary>
/// Whom a definition's SendEmail may write to: the parties of the request its instance serves (by the instance's
/// correlation id), or the addresses and domains of <c>Mail:AllowedRecipients</c>. A digitization request's party is
/// its requester (the partner library, for a lending request's digitization); a lending request's are the partner
/// and the partner's requester; a move made for a lending request has that request's.
/// </summary>
public sealed class RequestParties(LibraryDbContext db, IOptions<MailSettings> mail) : IRecipientPolicy
{
    public async ValueTask<string?> RefusalAsync(ActivityContext context, string address)
    {
        if (mail.Value.Allows(address)) return null;
        var parties = Guid.TryParse(context.CorrelationId, out var id) ? await PartiesOfAsync(id, context.CancellationToken) : [];
        return parties.Contains(address, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"{address} is neither a party of the request this workflow serves nor in Mail:AllowedRecipients";
    }

    /// <summary>Found also when the request is only added in this step's unit of work: FindAsync looks there first.</summary>
    private async Task<IReadOnlyList<string>> PartiesOfAsync(Guid id, CancellationToken ct)
    {
        if (await db.DigitizationRequests.FindAsync([id], ct) is { } request) return [request.Requester.Email];
        if (await db.MoveRequests.FindAsync([id], ct) is { LendingRequestId: { } lendingId }) id = lendingId;
        return await db.LendingRequests.FindAsync([id], ct) is { } lending
            ? new[] { lending.Partner.Email, lending.RequesterEmail }.OfType<string>().ToList()
            : [];
    }
}
