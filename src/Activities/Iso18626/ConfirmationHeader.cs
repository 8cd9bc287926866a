namespace Library.Iso18626;

/// <summary>
/// The header of a confirmation: it echoes the agencies and request id of the message it answers, when that message was
/// received, and whether it was accepted.
/// </summary>
public sealed record ConfirmationHeader(
    IsoAgencyId? SupplyingAgencyId,
    IsoAgencyId? RequestingAgencyId,
    DateTime Timestamp,
    string? RequestingAgencyRequestId,
    DateTime TimestampReceived,
    MessageStatus MessageStatus,
    string? MultipleItemRequestId = null)
{
    /// <summary>Answers a message whose header could be read, echoing its agencies and ids.</summary>
    public static ConfirmationHeader Answering(Header? header, DateTime received, DateTime now, MessageStatus status) =>
        new(header?.SupplyingAgencyId, header?.RequestingAgencyId, now, header?.RequestingAgencyRequestId, received, status,
            header?.MultipleItemRequestId);
}
