using System.Text.Json.Serialization;

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
    public List<string> ShippedBarcodes { get; set; } = [];
    public DigitalShipment? DigitalShipment { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<LendingNote> Notes { get; set; } = [];
    public List<PartnerCommunication> Communications { get; set; } = [];
    public List<IsoMessage> IsoMessages { get; set; } = [];
    public List<LendingAlert> Alerts { get; set; } = [];
}

public enum RequestedFormat
{
    [JsonStringEnumMemberName("Physical")] Physical,
    [JsonStringEnumMemberName("Digital")] Digital,
    [JsonStringEnumMemberName("PhysicalNonReturnable")] PhysicalNonReturnable,
}

public enum PartnerProfileType
{
    [JsonStringEnumMemberName("Email")] Email,
    [JsonStringEnumMemberName("ISO")] ISO,
}

/// <summary>The borrowing library, as it was when the request came in.</summary>
public sealed class LendingPartner
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public PartnerProfileType ProfileType { get; set; }
    public required PartnerWorkflowProfile Profile { get; set; }
}

/// <summary>The optional steps of the partner's lending workflow profile (seed 003, "Configuring workflow profiles").</summary>
public sealed class PartnerWorkflowProfile
{
    /// <summary>A digital shipment waits for the partner's receipt (Shipped Digitally) instead of completing the request.</summary>
    public bool AwaitDigitalReceipt { get; set; }
    public bool WillSupplyStep { get; set; } = true;
    public bool ManualRenewStep { get; set; } = true;
    public bool ReactivateStep { get; set; } = true;
    public bool IsoCheckInMessage { get; set; } = true;
}

public sealed class LendingItem
{
    public required string Barcode { get; set; }
    public required string Title { get; set; }
    public string? Author { get; set; }
    public string? Isbn { get; set; }
    public required string Library { get; set; }
    public required string Location { get; set; }

    /// <summary>Whether the barcode was found in the catalogue when the request came in.</summary>
    public bool Located { get; set; }
}

/// <summary>
/// What was sent for a digital shipment: stored files, an address to download from, or both. Staff ship one file or
/// address; a completed digitization ships every file it delivered, or its download link when its rule delivers by link.
/// </summary>
public sealed class DigitalShipment
{
    public List<ShippedFile> Files { get; set; } = [];
    public string? Url { get; set; }

    /// <summary>How many downloads the link allows; set when it is a digitization's delivery link with a limit.</summary>
    public int? MaxAccessCount { get; set; }

    /// <summary>When the link's files are removed; set when it is a digitization's delivery link.</summary>
    public DateTime? AvailableUntil { get; set; }

    public string? TermsOfUse { get; set; }

    /// <summary>The files by name, else the address: what the history says was sent.</summary>
    public override string ToString() => Files.Count > 0 ? string.Join(", ", Files.Select(f => f.FileName)) : Url ?? "";
}

/// <summary>A stored file sent to the partner, attached to the shipment letter.</summary>
public sealed class ShippedFile
{
    /// <summary>A digitization's attachment keeps its own id, so the files list in the order they were attached.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required string StoragePath { get; set; }
}
