using Library.Digitization;

namespace Library.Host.Contracts;

public sealed record AttachmentView(Guid Id, AttachmentPurpose Purpose, string FileName, string ContentType, long Size, string? Url, string? Note, DateTime AddedAt, string AddedBy);
