namespace Library.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>The shortest <see cref="OrphanGrace"/> start-up accepts: a file's record commits within seconds of the file.</summary>
    public static readonly TimeSpan ShortestOrphanGrace = TimeSpan.FromMinutes(1);

    /// <summary>Folder that holds attached files; relative paths are under the working directory.</summary>
    public string Path { get; set; } = "data/files";

    /// <summary>
    /// How old a file no record names must be before <see cref="OrphanFileSweep"/> removes it, and how often it looks:
    /// a younger one may be a file whose record another host is about to commit.
    /// </summary>
    public TimeSpan OrphanGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The most a request's attachments (delivery files and clearance documents) may weigh together; null: no limit
    /// beyond the 10 MB of each file. Alma: Digitization Processing says only that "a message appears if the limit of the
    /// total digital file size has been reached", so the limit is the library's to set.
    /// </summary>
    public long? MaxRequestBytes { get; set; }
}
