namespace Library.Host.Contracts;

/// <summary>
/// What a child workflow of the request shows, e.g. "Move request completed", with the child's request; dismissed
/// alerts are left out. An alert about the request itself ("Requester Email Empty") has no id and no linked request:
/// it cannot be dismissed, and lasts as long as its cause.
/// </summary>
public sealed record AlertView(Guid? Id, string Message, Guid? LinkedRequestId, DateTime UpdatedAt);
