namespace Library.Host.Contracts;

public sealed record ItemBody(string Barcode, string Title, string Library, string Location, string? MaterialType);
