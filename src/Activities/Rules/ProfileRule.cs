using Library.Approvals;

namespace Library.Rules;

/// <summary>
/// A digitization profile rule (seed 004, "Digitization and Copyright Rules"): when all its conditions hold for a
/// request, its outputs decide how the request is approved and delivered. Rules are tried by <see cref="Order"/>;
/// the first enabled match wins, and the <see cref="DefaultName">Default Digitization Rule</see> catches the rest.
/// </summary>
public sealed class ProfileRule
{
    public const string DefaultName = "Default Digitization Rule";

    public int Id { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public bool Enabled { get; set; } = true;

    /// <summary>The position in the evaluation order, 1 first; the default rule is always after every other.</summary>
    public int Order { get; set; }

    /// <summary>The rule that matches every request no other rule matched; it exists always and has no conditions.</summary>
    public bool IsDefault { get; set; }

    public IReadOnlyList<RuleCondition> Conditions { get; set; } = [];
    public required RuleOutputs Outputs { get; set; }

    /// <summary>The conditions that do not hold for the request; none means its conditions match (a rule without any matches everything).</summary>
    public IReadOnlyList<RuleCondition> FailedConditions(RequestFacts facts) =>
        IsDefault ? [] : Conditions.Where(c => !c.Holds(facts.ValueOf(c.Field))).ToList();
}

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
    /// <summary>The seed's default: the file is e-mailed as an attachment, nothing to approve.</summary>
    public static RuleOutputs AttachmentWithoutApproval { get; } =
        new(DigitizationTarget.DocumentDeliveryAttachment, null, false, false, null, null);

    /// <summary>Whether the file goes to the requester (and so needs an electronic document delivery rule).</summary>
    public bool DeliversToRequester => Target is DigitizationTarget.DocumentDeliveryAttachment or DigitizationTarget.DocumentDeliveryLink;
}
