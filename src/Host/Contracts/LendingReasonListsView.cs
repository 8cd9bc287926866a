namespace Library.Host.Contracts;

/// <summary>Every lending reason list, each in its order (<c>GET /api/lending-reasons</c>).</summary>
public sealed record LendingReasonListsView(IReadOnlyList<string> Rejection, IReadOnlyList<string> InternalRejection, IReadOnlyList<string> Cancellation);
