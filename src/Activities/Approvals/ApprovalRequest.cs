using Library.Rules;

namespace Library.Approvals;

/// <summary>
/// The approval task a profile rule creates for a request (Alma: Digitization Processing, "Approval Requests List"):
/// pending until a manager approves or rejects it with a reason, holding the copyright clearance data when the rule
/// asks for it.
/// </summary>
public sealed class ApprovalRequest
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public ApprovalStatus Status { get; set; }
    public ApprovalManagement Management { get; set; }
    public bool RequiresCopyrightClearance { get; set; }
    public int RuleId { get; set; }
    public required string RuleName { get; set; }
    public CopyrightClearance Copyright { get; set; } = new();
    public string? Reason { get; set; }
    public string? Note { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// The copyright fields that must be filled before approval, by their names in Alma (Alma: Digitization Processing,
    /// "Approval Request Fields").
    /// </summary>
    public IEnumerable<string> MissingCopyrightFields()
    {
        if (!RequiresCopyrightClearance) yield break;
        if (string.IsNullOrWhiteSpace(Copyright.CcNumber)) yield return "CC number";
        if (Copyright.CcOrderDate is null) yield return "CC order date";
        if (Copyright.CcApprovalDate is null) yield return "CC approval date";
    }
}
