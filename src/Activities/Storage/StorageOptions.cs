namespace Library.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>Folder that holds attached files; relative paths are under the working directory.</summary>
    public string Path { get; set; } = "data/files";
}
