using Library.Iso18626;
using Testing;

namespace Library.Tests.Lending;

/// <summary>What a loopback partner answers to our supplyingAgencyMessages, as an ISO 18626 requesting agency does.</summary>
public static class IsoRequestingAgency
{
    /// <summary>The confirmation of the message posted, echoing its header, with <paramref name="status"/> and, on ERROR, <paramref name="error"/>.</summary>
    public static PartnerReply Confirm(ReceivedPost post, MessageStatus status, ErrorData? error = null)
    {
        var message = (SupplyingAgencyMessage)Iso18626Reader.Read(post.Body).Message!;
        var now = DateTime.UtcNow;
        var confirmation = new SupplyingAgencyMessageConfirmation(
            ConfirmationHeader.Answering(message.Header, now, now, status), message.MessageInfo.ReasonForMessage, error);
        return new PartnerReply(200, "application/xml", Iso18626Writer.Write(confirmation));
    }
}
