namespace Library.Approvals;

/// <summary>
/// The reasons an approver chooses from, verbatim from seed 002 ("Approving/Rejecting a Request for
/// Digitization"); the seed says the lists cannot be modified.
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
