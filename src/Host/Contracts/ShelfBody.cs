namespace Library.Host.Contracts;

public sealed record ShelfBody(string? Library, string? Location);
