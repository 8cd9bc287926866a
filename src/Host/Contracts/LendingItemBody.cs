namespace Library.Host.Contracts;

public sealed record LendingItemBody(string Barcode, string Title, string? Author, string? Isbn, string Library, string Location);
