namespace Library.Host.Contracts;

public sealed record LendingItemView(string Barcode, string Title, string? Author, string? Isbn, string Library, string Location, bool Located);
