using System.Text.Json.Nodes;

namespace Library.Approvals;

/// <summary>The approval signal's payload: <c>{ "decision": "approve" | "reject", "reason", "note" }</c>.</summary>
public sealed record ApprovalVerdict(ApprovalDecision Decision, string Reason, string? Note)
{
    public const string Signal = "approval";

    public JsonObject ToJson() => new() { ["decision"] = Decision.Name(), ["reason"] = Reason, ["note"] = Note };

    public static ApprovalVerdict From(JsonObject? json) =>
        new(ApprovalDecisions.Parse(json?["decision"]?.GetValue<string>()) ?? throw new InvalidOperationException("The approval signal has no decision."),
            json?["reason"]?.GetValue<string>() ?? throw new InvalidOperationException("The approval signal has no reason."),
            json?["note"]?.GetValue<string>());

    /// <summary>
    /// Null when the reason is one Alma lists for this decision (Alma: Digitization Processing, "Approving/Rejecting a
    /// Request for Digitization"); otherwise why not.
    /// </summary>
    public static string? CheckReason(ApprovalDecision decision, string? reason)
    {
        var allowed = decision == ApprovalDecision.Approve ? ApprovalReasons.Approve : ApprovalReasons.Reject;
        return allowed.Contains(reason)
            ? null
            : $"'{reason}' is not a reason to {decision.Name()}; choose one of: {string.Join(", ", allowed)}.";
    }
}
