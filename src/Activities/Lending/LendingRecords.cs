namespace Library.Lending;

public enum NoteKind { Internal, ToPartner }

/// <summary>A note staff added to a request, on its own or with an action.</summary>
public sealed class LendingNote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public NoteKind Kind { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
    public DateTime At { get; set; }
}

/// <summary>An e-mail to the partner, kept on the request for later reference (seed 003, "Communicating with partners").</summary>
public sealed class PartnerCommunication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public required string Sender { get; set; }
    public DateTime At { get; set; }
}

/// <summary>The ISO 18626 supplying-agency message an ISO partner would receive; recorded, never sent.</summary>
public sealed class IsoMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string ReasonForMessage { get; set; }
    public required string Status { get; set; }
    public string? Note { get; set; }

    /// <summary>ISO 18626's AnswerYesNo: the lender's answer to a cancel request; null on other messages.</summary>
    public bool? AnswerYesNo { get; set; }
    public DateTime At { get; set; }
}
