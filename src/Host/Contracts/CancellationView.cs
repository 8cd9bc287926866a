namespace Library.Host.Contracts;

public sealed record CancellationView(string Reason, string? Note);
