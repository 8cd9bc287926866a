namespace Library.Lending;

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
