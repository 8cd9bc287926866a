using Library.Rules;

namespace Library.Digitization;

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
