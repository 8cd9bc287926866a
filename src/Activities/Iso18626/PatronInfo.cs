namespace Library.Iso18626;

/// <summary>The borrowing library's patron, as far as the partner tells; the e-mail is its electronic address.</summary>
public sealed record PatronInfo(string? PatronId = null, string? Surname = null, string? GivenName = null, string? Email = null);
