namespace Library.Approvals;

/// <summary>A manager's answer to an approval task, as the approval signal carries it.</summary>
public enum ApprovalDecision { Approve, Reject }

public static class ApprovalDecisions
{
    public static string Name(this ApprovalDecision decision) => decision == ApprovalDecision.Approve ? "approve" : "reject";

    public static ApprovalDecision? Parse(string? name) => name switch
    {
        "approve" => ApprovalDecision.Approve,
        "reject" => ApprovalDecision.Reject,
        _ => null,
    };
}
