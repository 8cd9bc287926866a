using Library.Iso18626;
using Library.Lending;

namespace Library.Host.Iso18626;

/// <summary>
/// A message as it came in and the confirmation that answers it: written as ISO 18626 XML, and recorded on the request
/// it names as a received <see cref="IsoMessage"/>.
/// </summary>
public sealed record IsoReceipt(string Xml, Iso18626MessageKind? Kind, Header? Header, DateTime ReceivedAt, IsoAgencyId? OwnSymbol)
{
    /// <summary>The confirmation of this message's kind: OK, or ERROR with <paramref name="error"/>.</summary>
    public Iso18626Message Confirmation(DateTime now, ErrorData? error = null, RequestingAgencyAction? action = null,
        ReasonForMessage? reason = null)
    {
        var addressed = Header is null ? null : Header with { SupplyingAgencyId = Header.SupplyingAgencyId ?? OwnSymbol };
        var header = ConfirmationHeader.Answering(addressed, ReceivedAt, now, error is null ? MessageStatus.Ok : MessageStatus.Error);
        return Kind switch
        {
            Iso18626MessageKind.RequestingAgencyMessage => new RequestingAgencyMessageConfirmation(header, action, error),
            Iso18626MessageKind.SupplyingAgencyMessage => new SupplyingAgencyMessageConfirmation(header, reason, error),
            // A message whose kind could not be read, or a confirmation sent as if it were a message, is answered as a request.
            _ => new RequestConfirmation(header, error),
        };
    }

    /// <summary>The message recorded on its request, with the confirmation that answered it.</summary>
    public IsoMessage Recorded(string what, string? note, Iso18626Message confirmation, DateTime now)
    {
        var error = confirmation switch
        {
            RequestConfirmation c => c.ErrorData,
            RequestingAgencyMessageConfirmation c => c.ErrorData,
            SupplyingAgencyMessageConfirmation c => c.ErrorData,
            _ => null,
        };
        var status = error is null ? MessageStatus.Ok : MessageStatus.Error;
        return new IsoMessage
        {
            Direction = IsoDirection.Received,
            ReasonForMessage = what,
            Note = note,
            At = ReceivedAt,
            Xml = Xml,
            ConfirmationXml = Iso18626Writer.Write(confirmation),
            MessageStatus = status.Written(),
            ErrorType = error?.ErrorType.ToString(),
            ErrorValue = error?.ErrorValue,
            ConfirmedAt = now,
        };
    }
}
