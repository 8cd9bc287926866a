namespace Library.Host.Contracts;

/// <summary>The reasons a manager chooses from, verbatim from seed 002.</summary>
public sealed record ApprovalReasonLists(IReadOnlyList<string> Approve, IReadOnlyList<string> Reject);
