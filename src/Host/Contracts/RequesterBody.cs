namespace Library.Host.Contracts;

/// <summary>The requester; <see cref="Type"/> is "patron" (the default) or "staff".</summary>
public sealed record RequesterBody(string Id, string Email, string UserGroup, string? Type = null);
