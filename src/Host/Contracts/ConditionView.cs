using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>The conditions the request waits on, and the status it returns to when the partner accepts them.</summary>
public sealed record ConditionView(string? Reason, DateOnly? ReplyBy, LendingStatus InterruptedStatus);
