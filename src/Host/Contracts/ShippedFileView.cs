namespace Library.Host.Contracts;

public sealed record ShippedFileView(string FileName, string ContentType);
