using Library.Iso18626;
using Library.Persistence;

namespace Library.Host.Iso18626;

/// <summary>
/// Answers each ISO 18626 message a partner posts with its confirmation. We are the supplying agency (the lender): a
/// <c>request</c> starts a lending request and a <c>requestingAgencyMessage</c> drives one, once the sender is known
/// (<see cref="IsoPartnerCheck"/>); a <c>supplyingAgencyMessage</c> is refused as a reason for message we do not take.
/// A refused message is recorded on the request it names when its sender is known; otherwise it is only logged.
/// </summary>
public sealed class Iso18626Receiver(
    LibraryDbContext db, IsoPartnerCheck partners, IsoRequestIntake requests, IsoActionIntake actions, TimeProvider clock,
    ILogger<Iso18626Receiver> log)
{
    public async Task<Iso18626Message> ReceiveAsync(string xml, CancellationToken ct)
    {
        var reading = Iso18626Reader.Read(xml);
        var header = reading.Message switch
        {
            Request r => r.Header,
            RequestingAgencyMessage m => m.Header,
            SupplyingAgencyMessage m => m.Header,
            _ => reading.Refusal?.Header,
        };
        var receipt = new IsoReceipt(xml, reading.Message?.Kind ?? reading.Refusal!.Kind, header, Now, partners.OwnSymbol);
        if (reading.Refusal is { } refusal)
            return await RefuseAsync(receipt, refusal.ErrorData, ct);

        switch (reading.Message)
        {
            case Request request:
            {
                var (partner, error) = await partners.IdentifyAsync(request.Header, ct);
                return partner is null ? await RefuseAsync(receipt, error!, ct) : await requests.TakeAsync(request, partner, receipt, ct);
            }
            case RequestingAgencyMessage message:
            {
                var (partner, error) = await partners.IdentifyAsync(message.Header, ct);
                return partner is null
                    ? await RefuseAsync(receipt, error!, ct, message.Action)
                    : await actions.TakeAsync(message, partner, receipt, ct);
            }
            case SupplyingAgencyMessage message:
                return await RefuseAsync(receipt, new ErrorData(ErrorType.UnsupportedReasonForMessageType,
                    $"{message.MessageInfo.ReasonForMessage}: this agency is a supplying agency only and takes no supplyingAgencyMessage"), ct,
                    reason: message.MessageInfo.ReasonForMessage);
            default:
                return await RefuseAsync(receipt, new ErrorData(ErrorType.UnrecognisedDataElement,
                    $"{reading.Message!.Kind}: a confirmation answers a message; it is not posted"), ct);
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The ERROR confirmation, recorded on the request the message names if its sender is known.</summary>
    private async Task<Iso18626Message> RefuseAsync(IsoReceipt receipt, ErrorData error, CancellationToken ct,
        RequestingAgencyAction? action = null, ReasonForMessage? reason = null)
    {
        var confirmation = receipt.Confirmation(Now, error, action, reason);
        log.LogWarning("ISO 18626 {Kind} from {Agency} refused: {ErrorType} {ErrorValue}", receipt.Kind, receipt.Header?.RequestingAgencyId,
            error.ErrorType, error.ErrorValue);
        if (receipt.Header is not { } header || (await partners.IdentifyAsync(header, ct)).Partner is not { } partner
            || await IsoRequestLookup.FindAsync(db, partner.Code, header.RequestingAgencyRequestId, ct) is not { } request)
            return confirmation;
        request.IsoMessages.Add(receipt.Recorded(action?.ToString() ?? receipt.Kind?.ToString() ?? "Unreadable", null, confirmation, Now));
        await db.SaveChangesAsync(ct);
        return confirmation;
    }
}
