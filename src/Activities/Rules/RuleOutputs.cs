using Library.Approvals;

namespace Library.Rules;

/// <summary>
/// What a matched rule decides. <see cref="MaxAccessCount"/> (null: unlimited) applies to link delivery only;
/// <see cref="ApprovalManagement"/> is set exactly when approval or copyright clearance is asked for, and
/// <see cref="ApprovalReason"/> (one of <see cref="ApprovalReasons.Approve"/>) exactly when that is automatic.
/// <see cref="ProfileRuleChecks.CheckOutputs"/> says whether a combination is valid.
/// </summary>
public sealed record RuleOutputs(
    DigitizationTarget Target,
    int? MaxAccessCount,
    bool Approval,
    bool CopyrightClearance,
    ApprovalManagement? ApprovalManagement,
    string? ApprovalReason)
{
    /// <summary>
    /// The default rule's outputs in <c>seed-data/library-setup.json</c>: the file is e-mailed as an attachment,
    /// nothing to approve.
    /// </summary>
    public static RuleOutputs AttachmentWithoutApproval { get; } =
        new(DigitizationTarget.DocumentDeliveryAttachment, null, false, false, null, null);

    /// <summary>Whether the file goes to the requester (and so needs an electronic document delivery rule).</summary>
    public bool DeliversToRequester => Target is DigitizationTarget.DocumentDeliveryAttachment or DigitizationTarget.DocumentDeliveryLink;
}
