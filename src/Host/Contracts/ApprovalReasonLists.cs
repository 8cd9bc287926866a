namespace Library.Host.Contracts;

/// <summary>The reasons a manager chooses from, verbatim from Alma: Digitization Processing, Approving/Rejecting a Request for Digitization.</summary>
public sealed record ApprovalReasonLists(IReadOnlyList<string> Approve, IReadOnlyList<string> Reject);
