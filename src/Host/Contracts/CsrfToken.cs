namespace Library.Host.Contracts;

/// <summary>The anti-forgery token of a cookie session, sent back in <c>X-CSRF-Token</c> with every change it makes.</summary>
public sealed record CsrfToken(string Token);
