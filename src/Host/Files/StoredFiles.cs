using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Files;

/// <summary>Files of the attachment store as answers: opened before anything is committed or counted, served as downloads.</summary>
public static class StoredFiles
{
    /// <summary>
    /// The file open for reading, or null when the store no longer has it (cleaned up after delivery, or lost). Once
    /// open, it is sent whole even if another host's cleanup deletes it meanwhile.
    /// </summary>
    public static FileStream? Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A download (<c>Content-Disposition: attachment</c>) with the type <see cref="ServedMediaType"/> allows.</summary>
    public static FileStreamHttpResult Download(Stream content, string declaredType, string fileName) =>
        TypedResults.File(content, ServedMediaType.Of(declaredType), fileName);

    /// <summary>The file to be shown in the browser (no <c>Content-Disposition</c>), with the type <see cref="ServedMediaType"/> allows.</summary>
    public static FileStreamHttpResult Show(Stream content, string declaredType) => TypedResults.File(content, ServedMediaType.Of(declaredType));
}
