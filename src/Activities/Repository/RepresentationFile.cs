namespace Library.Repository;

public sealed class RepresentationFile
{
    public Guid Id { get; set; }
    public Guid RepresentationId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string StoragePath { get; set; }
}
