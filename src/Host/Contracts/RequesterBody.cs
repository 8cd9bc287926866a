namespace Library.Host.Contracts;

/// <summary>
/// The requester; <see cref="Type"/> is "patron" (the default) or "staff"; <see cref="Language"/> (<c>en</c>, <c>fr</c>,
/// <c>zh</c>) chooses the letters, the institution's (<c>Letters:DefaultLanguage</c>) when left out.
/// </summary>
public sealed record RequesterBody(string Id, string Email, string UserGroup, string? Type = null, string? Name = null, string? Language = null);
