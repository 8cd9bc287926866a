namespace Library.Host.Contracts;

public sealed record RepresentationFileView(Guid Id, string FileName, string ContentType, long Size);
