namespace Library.Approvals;

/// <summary>
/// The reasons an approver chooses from, verbatim from Alma: Digitization Processing ("Approving/Rejecting a Request
/// for Digitization"), which says the lists cannot be modified.
/// </summary>
public static class ApprovalReasons
{
    public static readonly IReadOnlyList<string> Approve =
    [
        "Automatic", "Covered by License", "Creative Commons", "Direct Permission Obtained", "Legal Exception",
        "Open Access", "Other", "Out of Print", "Preprint", "Primary License", "Self-Declared", "SIPX",
    ];

    public static readonly IReadOnlyList<string> Reject = ["Other", "Rejected by Manager", "Rejected by CCC"];
}
