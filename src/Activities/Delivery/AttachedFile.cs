namespace Library.Delivery;

/// <summary>A file already written to the attachment store, as the attach action hands it to the workflow.</summary>
public sealed record AttachedFile(Guid Id, string FileName, string ContentType, long Size, string StoragePath, string? Url, string? Note);
