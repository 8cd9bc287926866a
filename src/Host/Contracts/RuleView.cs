using Library.Digitization;
using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>The profile rule that routed the request and what it decided ("View Rule" in Alma: Digitization Processing).</summary>
public sealed record RuleView(int Id, string Name, DigitizationTarget Target, int? MaxAccessCount, bool Approval, bool CopyrightClearance,
    ApprovalManagement? ApprovalManagement, string? ApprovalReason)
{
    public static RuleView Of(Routing r) => new(r.RuleId, r.RuleName, r.Target, r.MaxAccessCount, r.Approval, r.CopyrightClearance, r.ApprovalManagement, r.ApprovalReason);
}
