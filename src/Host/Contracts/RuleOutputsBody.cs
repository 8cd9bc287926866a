using Library.Approvals;
using Library.Rules;

namespace Library.Host.Contracts;

public sealed record RuleOutputsBody(
    string Target,
    int? MaxAccessCount,
    bool? Approval,
    bool? CopyrightClearance,
    string? ApprovalManagement,
    string? ApprovalReason)
{
    /// <summary>
    /// The outputs, or null while the target or the approval management is not a known name. The profile rule's
    /// validator asks this of outputs not yet checked, when the target may still be missing.
    /// </summary>
    public RuleOutputs? TryParse()
    {
        if (!EnumNames<DigitizationTarget>.TryParse(Target, out var target)) return null;
        ApprovalManagement? management = null;
        if (ApprovalManagement is not null)
        {
            if (!EnumNames<ApprovalManagement>.TryParse(ApprovalManagement, out var parsed)) return null;
            management = parsed;
        }
        // A reason in another case is the listed one; an unlisted one is left for the checks to name.
        var reason = ApprovalReasons.Approve.FirstOrDefault(r => string.Equals(r, ApprovalReason, StringComparison.OrdinalIgnoreCase)) ?? ApprovalReason;
        return new RuleOutputs(target, MaxAccessCount, Approval ?? false, CopyrightClearance ?? false, management, reason);
    }
}
