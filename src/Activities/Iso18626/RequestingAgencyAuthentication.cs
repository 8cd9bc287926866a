namespace Library.Iso18626;

/// <summary>The credentials a requesting agency may send in its header; the security code is the shared secret.</summary>
public sealed record RequestingAgencyAuthentication(string? AccountId, string? SecurityCode);
