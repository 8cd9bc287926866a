namespace Library.Host.Contracts;

public sealed record PartBody(string? Title, string? Author, string? Pages);
