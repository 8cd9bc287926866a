using Library.Iso18626;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Workflows.Http;

namespace Library.Lending;

/// <summary>
/// Keeps the partner's answer to an ISO 18626 message we posted on the message (<see cref="IsoMessage"/>, which shares
/// the post's id), in the transaction that records the delivery. An ERROR confirmation, an answer that is not a
/// supplyingAgencyMessageConfirmation, a refused post, or one given up unanswered raises <see cref="PartnerMessageError"/>
/// on the request.
/// </summary>
public sealed class IsoConfirmationReceipt(LibraryDbContext db, TimeProvider clock) : IHttpDeliveryReceipt
{
    public async Task GaveUpAsync(HttpDeliveryFailure failure, CancellationToken ct)
    {
        if (await SettledAsync(failure.MessageId, ct) is not { } message) return;
        (message.MessageStatus, message.ErrorType, message.ErrorValue) = (null, null, $"not delivered after {failure.Attempts} attempt(s): {failure.Error}");
    }

    public async Task ReceivedAsync(HttpDeliveryAnswer answer, CancellationToken ct)
    {
        if (await SettledAsync(answer.MessageId, ct) is not { } message) return;
        message.ConfirmationXml = answer.Body;
        if (!answer.Accepted)
        {
            (message.MessageStatus, message.ErrorType, message.ErrorValue) = (null, null, $"the partner's server answered HTTP {answer.StatusCode}");
            return;
        }
        var reading = Iso18626Reader.Read(answer.Body);
        if (reading.Message is SupplyingAgencyMessageConfirmation confirmation)
        {
            message.MessageStatus = confirmation.ConfirmationHeader.MessageStatus.Written();
            message.ErrorType = confirmation.ErrorData?.ErrorType.ToString();
            message.ErrorValue = confirmation.ErrorData?.ErrorValue;
            return;
        }
        (message.MessageStatus, message.ErrorType, message.ErrorValue) = (null, null,
            reading.Refusal is { } refusal ? $"the answer is not a confirmation we can read: {refusal.ErrorValue}" : $"the answer is a {reading.Message!.Kind}, not a supplyingAgencyMessageConfirmation");
    }

    /// <summary>The sent message the post carried, marked settled now; null for a post that is not an ISO message.</summary>
    private async Task<IsoMessage?> SettledAsync(Guid id, CancellationToken ct)
    {
        var request = await db.LendingRequests.FirstOrDefaultAsync(r => r.IsoMessages.Any(m => m.Id == id), ct);
        if (request is null) return null;
        var message = request.IsoMessages.Single(m => m.Id == id);
        message.ConfirmedAt = clock.GetUtcNow().UtcDateTime;
        message.AlertDismissed = false;
        return message;
    }
}
