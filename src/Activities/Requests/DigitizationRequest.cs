using Library.Rules;

namespace Library.Requests;

/// <summary>A patron's or staff member's request to digitize a whole item or a part of it.</summary>
public sealed class DigitizationRequest
{
    public Guid Id { get; set; }
    public required Requester Requester { get; set; }
    public required RequestedItem Item { get; set; }
    public RequestScope Scope { get; set; }

    /// <summary>The chapter, article or page range; present when <see cref="Scope"/> is partial.</summary>
    public RequestedPart? Part { get; set; }

    public required string Department { get; set; }
    public string? Note { get; set; }

    /// <summary>The lending request whose "Create digitization request" started this one, with the partner as requester.</summary>
    public Guid? LendingRequestId { get; set; }

    public RequestStatus Status { get; set; }
    public string? CancellationReason { get; set; }
    public string? CancellationNote { get; set; }

    /// <summary>The profile rule that routed the request, as it was when the request was created.</summary>
    public required Routing Routing { get; set; }

    /// <summary>When the request expires unless completed: creation plus the department's work time; null for no limit.</summary>
    public DateTime? ExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<Attachment> Attachments { get; set; } = [];
}

public enum RequestScope { Full, Partial }

public sealed class Requester
{
    public required string Id { get; set; }
    public required string Email { get; set; }
    public required string UserGroup { get; set; }
    public RequesterType Type { get; set; }
}

public sealed class RequestedItem
{
    public required string Barcode { get; set; }
    public required string Title { get; set; }
    public required string Library { get; set; }
    public required string Location { get; set; }
    public string? MaterialType { get; set; }
}

public sealed class RequestedPart
{
    public string? Title { get; set; }
    public string? Author { get; set; }
    public string? Pages { get; set; }
}

/// <summary>A file attached to a request; the bytes live in the attachment store.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public AttachmentPurpose Purpose { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string StoragePath { get; set; }
    public string? Url { get; set; }
    public string? Note { get; set; }
    public DateTime AddedAt { get; set; }
    public required string AddedBy { get; set; }
}

public enum AttachmentPurpose
{
    /// <summary>A digitized file for the requester.</summary>
    Delivery,

    /// <summary>Evidence for the approver, such as a copyright clearance confirmation; never sent to the requester.</summary>
    CopyrightClearance,
}

/// <summary>What the matching profile rule decided for a request, copied so later edits of the rule don't change it.</summary>
public sealed class Routing
{
    public int RuleId { get; set; }
    public required string RuleName { get; set; }
    public DigitizationTarget Target { get; set; }
    public int? MaxAccessCount { get; set; }
    public bool Approval { get; set; }
    public bool CopyrightClearance { get; set; }
    public ApprovalManagement? ApprovalManagement { get; set; }
    public string? ApprovalReason { get; set; }

    /// <summary>Whether an approval task exists for the request at all.</summary>
    public bool NeedsApproval => Approval || CopyrightClearance;
}
