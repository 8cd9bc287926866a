using System.Linq.Expressions;

namespace Library.Lending;

/// <summary>
/// The alert a sent ISO 18626 message raises when the partner did not take it: its confirmation is ERROR or cannot be
/// read, or its server refused the post for good. Read from the message (<see cref="IsoMessage"/>) rather than stored
/// apart, and dismissed on it, so the alert and the confirmation that caused it cannot disagree.
/// </summary>
public static class PartnerMessageError
{
    public const string Message = "Partner Message Error";

    /// <summary>The messageStatus of a confirmation that took the message.</summary>
    public const string Ok = "OK";

    /// <summary>The requests showing the alert.</summary>
    public static readonly Expression<Func<LendingRequest, bool>> Applies =
        r => r.IsoMessages.Any(m => m.Direction == IsoDirection.Sent && m.ConfirmedAt != null && m.MessageStatus != Ok && !m.AlertDismissed);

    public static bool IsRaisedBy(IsoMessage m) =>
        m.Direction == IsoDirection.Sent && m.ConfirmedAt != null && m.MessageStatus != Ok && !m.AlertDismissed;
}
