namespace Library.Digitization;

/// <summary>A patron's or staff member's request to digitize a whole item or a part of it.</summary>
public sealed class DigitizationRequest
{
    public Guid Id { get; set; }
    public required Requester Requester { get; set; }
    public required RequestedItem Item { get; set; }
    public DigitizationScope Scope { get; set; }

    /// <summary>The chapter, article or page range; present when <see cref="Scope"/> is partial.</summary>
    public RequestedPart? Part { get; set; }

    /// <summary>What the request is digitized from; staff may change it while the other inventory exists (<see cref="InventoryChange"/>).</summary>
    public DigitizationInventory Inventory { get; set; }

    /// <summary>The representation an electronic request is digitized from ("View it"); null for a physical request.</summary>
    public Guid? SourceRepresentationId { get; set; }

    public required string Department { get; set; }
    public string? Note { get; set; }

    /// <summary>The lending request whose "Create digitization request" started this one, with the partner as requester.</summary>
    public Guid? LendingRequestId { get; set; }

    public DigitizationStatus Status { get; set; }
    public string? CancellationReason { get; set; }
    public string? CancellationNote { get; set; }

    /// <summary>The profile rule that routed the request, as it was when the request was created.</summary>
    public required Routing Routing { get; set; }

    /// <summary>When the request expires unless completed: creation plus the department's work time; null for no limit.</summary>
    public DateTime? ExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<Attachment> Attachments { get; set; } = [];

    /// <summary>The folded text the Find box searches (<see cref="RequestSearch"/>); written on every save.</summary>
    public string SearchText { get; set; } = "";
}
