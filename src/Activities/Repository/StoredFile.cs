namespace Library.Repository;

public sealed record StoredFile(Guid Id, string FileName, string ContentType, long Size, string StoragePath);
