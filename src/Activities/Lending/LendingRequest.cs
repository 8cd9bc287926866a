namespace Library.Lending;

/// <summary>A resource-sharing lending request: a partner library borrows an item (or a copy of it) from us.</summary>
public sealed class LendingRequest
{
    public Guid Id { get; set; }
    public required LendingPartner Partner { get; set; }

    /// <summary>The partner's own identifier for the request.</summary>
    public required string ExternalId { get; set; }
    public RequestedFormat RequestedFormat { get; set; }
    public required LendingItem Item { get; set; }
    public string? RequesterEmail { get; set; }
    public DateOnly? NeededBy { get; set; }
    public string? Note { get; set; }
    public LendingStatus Status { get; set; }

    /// <summary>The status a conditional answer interrupted, restored when the partner accepts the conditions.</summary>
    public LendingStatus? InterruptedStatus { get; set; }
    public string? ConditionReason { get; set; }
    public DateOnly? ConditionReplyBy { get; set; }

    /// <summary>
    /// The status a partner's cancel request interrupted (Cancel Reply), restored when the lender declines. Apart from
    /// <see cref="InterruptedStatus"/> because the request may interrupt a Conditional, which keeps its own.
    /// </summary>
    public LendingStatus? CancelInterruptedStatus { get; set; }

    /// <summary>Whether the request is in the active queue; a rejected one stays there when the institution says so.</summary>
    public bool Active { get; set; } = true;

    /// <summary>The operator the request is assigned to; null when unassigned.</summary>
    public string? Assignee { get; set; }
    public DateOnly? DueDate { get; set; }

    /// <summary>The due date whose passing made the loan Overdue: a due date passes once, a renewal's new one counts again.</summary>
    public DateOnly? OverdueDueDate { get; set; }

    /// <summary>The needed-by date whose passing expired the request, so a reactivated request does not expire again on it.</summary>
    public DateOnly? ExpiredNeededBy { get; set; }
    public string? RejectionReason { get; set; }

    /// <summary>The lender's own reason for the rejection, which the partner is not told.</summary>
    public string? InternalRejectionReason { get; set; }
    public List<string> ShippedBarcodes { get; set; } = [];
    public DigitalShipment? DigitalShipment { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<LendingNote> Notes { get; set; } = [];
    public List<PartnerCommunication> Communications { get; set; } = [];
    public List<IsoMessage> IsoMessages { get; set; } = [];
    public List<LendingAlert> Alerts { get; set; } = [];
}
