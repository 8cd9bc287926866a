namespace Library.Host.Contracts;

/// <summary>What a child workflow of the request shows, e.g. "Move request completed"; dismissed alerts are left out.</summary>
public sealed record AlertView(Guid Id, string Message, Guid LinkedRequestId, DateTime UpdatedAt);
