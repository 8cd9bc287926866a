using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>
/// An ISO 18626 message sent to or received from the partner, with its XML and the confirmation that answered it;
/// <c>status</c> only on a sent message, <c>answerYesNo</c> only on a cancel response, <c>messageStatus</c> null while a
/// sent message waits for the partner's confirmation.
/// </summary>
public sealed record IsoMessageView(
    IsoDirection Direction,
    string ReasonForMessage,
    string? Status,
    bool? AnswerYesNo,
    string? Note,
    DateTime At,
    string? Xml,
    string? ConfirmationXml,
    string? MessageStatus,
    string? ErrorType,
    string? ErrorValue,
    DateTime? ConfirmedAt)
{
    public static IsoMessageView Of(IsoMessage m) =>
        new(m.Direction, m.ReasonForMessage, m.Status, m.AnswerYesNo, m.Note, m.At, m.Xml, m.ConfirmationXml, m.MessageStatus, m.ErrorType, m.ErrorValue, m.ConfirmedAt);
}
