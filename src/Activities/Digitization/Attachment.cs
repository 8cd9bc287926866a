namespace Library.Digitization;

/// <summary>A file attached to a request; the bytes live in the attachment store.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public AttachmentPurpose Purpose { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string StoragePath { get; set; }
    public string? Url { get; set; }
    public string? Note { get; set; }
    public DateTime AddedAt { get; set; }
    public required string AddedBy { get; set; }
}
