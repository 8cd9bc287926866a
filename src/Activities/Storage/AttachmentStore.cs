using Microsoft.Extensions.Options;

namespace Library.Storage;

/// <summary>Keeps attached files on disk, one folder per request, flushed before the attach is acknowledged.</summary>
public sealed class AttachmentStore(IOptions<StorageOptions> options)
{
    /// <summary>
    /// The most one file may weigh (Alma: Digitization Processing, "Attaching Digitized Items to Be Sent to a Patron":
    /// "A single file has maximum size of 10 MB").
    /// </summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public async Task<string> SaveAsync(Guid requestId, Guid attachmentId, string fileName, Stream content, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetFullPath(options.Value.Path), requestId.ToString());
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, attachmentId + Path.GetExtension(fileName));
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await content.CopyToAsync(file, ct);
            file.Flush(flushToDisk: true);
        }
        return path;
    }

    /// <summary>Removes a file whose attach was not accepted, so nothing unreferenced stays behind.</summary>
    public static void Discard(string path)
    {
        if (File.Exists(path)) File.Delete(path);
    }
}
