namespace Library.Rules;

/// <summary>
/// When approval and copyright clearance happen relative to digitization (Alma: Configuring Digitization,
/// "Approval/Copyright Clearance Management").
/// </summary>
public enum ApprovalManagement
{
    /// <summary>In parallel to the digitization workflow: delivery is withheld until approved.</summary>
    Parallel,

    /// <summary>Blocks the digitization workflow: Next Step waits for the approval.</summary>
    Blocks,

    /// <summary>An approval is recorded as approved with the rule's reason; nothing waits.</summary>
    AutomaticallyApproved,
}
