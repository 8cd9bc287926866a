namespace Library.Lending;

/// <summary>
/// An ISO 18626 message exchanged with an ISO partner about the request: a supplying-agency message we sent (its
/// reason for message and status), or a request or requesting-agency message the partner sent (its action in
/// <see cref="ReasonForMessage"/>, no status). Each keeps its XML and the confirmation that answered it.
/// </summary>
public sealed class IsoMessage
{
    /// <summary>For a sent message, also the id of the outbox row that delivers it.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public IsoDirection Direction { get; set; } = IsoDirection.Sent;

    /// <summary>A sent message's reason for message (<c>RequestResponse</c>, ...); a received one's action (<c>Request</c>, <c>Cancel</c>, ...).</summary>
    public required string ReasonForMessage { get; set; }

    /// <summary>The ISO status a sent message reports; null on a received one.</summary>
    public string? Status { get; set; }
    public string? Note { get; set; }

    /// <summary>ISO 18626's AnswerYesNo: the lender's answer to a cancel request; null on other messages.</summary>
    public bool? AnswerYesNo { get; set; }
    public DateTime At { get; set; }

    /// <summary>The message as sent or received; null on messages recorded before messages went over the network.</summary>
    public string? Xml { get; set; }

    /// <summary>The confirmation that answered it: the partner's to a sent message, ours to a received one.</summary>
    public string? ConfirmationXml { get; set; }

    /// <summary>The confirmation's messageStatus, <c>OK</c> or <c>ERROR</c>; null while a sent message waits for it.</summary>
    public string? MessageStatus { get; set; }

    /// <summary>The confirmation's errorType and errorValue when it is ERROR.</summary>
    public string? ErrorType { get; set; }
    public string? ErrorValue { get; set; }
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>Whether staff dismissed the <see cref="PartnerMessageError"/> alert this sent message raised.</summary>
    public bool AlertDismissed { get; set; }
}
