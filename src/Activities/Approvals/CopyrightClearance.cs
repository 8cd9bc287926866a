namespace Library.Approvals;

/// <summary>The Copyright Clearance Center data an approver records (Alma: Digitization Processing, "Approval Request Fields").</summary>
public sealed class CopyrightClearance
{
    public string? CcNumber { get; set; }
    public DateOnly? CcOrderDate { get; set; }
    public DateOnly? CcApprovalDate { get; set; }
    public string? Note { get; set; }
}
