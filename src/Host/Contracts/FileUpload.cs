using Library.Host.Problems;
using Library.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Contracts;

/// <summary>The checks every uploaded file passes: present, not empty, at most 10 MB (Alma: Digitization Processing).</summary>
public static class FileUpload
{
    /// <summary>
    /// How much of an uploaded file the form reader holds in memory before it spills the rest to a temporary file.
    /// Below 1 MB ASP.NET Core rents that buffer from the shared pool; a larger threshold makes it grow a fresh
    /// array, copied at each doubling and on the large-object heap from 85 KB, for every upload.
    /// </summary>
    public const int MemoryBufferBytes = 512 * 1024;

    public static ProblemHttpResult? Check(IFormFile? file, string field = "file")
    {
        if (file is null || file.Length == 0)
            return ApiProblems.Invalid(field, $"'{field}' is required: send the file as multipart form field '{field}'.");
        return file.Length > AttachmentStore.MaxFileBytes
            ? ApiProblems.TooLarge($"'{file.FileName}' is {file.Length / 1048576.0:0.0} MB; a single file may be at most 10 MB.")
            : null;
    }

    /// <summary>The optional URL and note that go with an attachment (Alma: Digitization Processing, Quick Add).</summary>
    public static ProblemHttpResult? CheckUrlAndNote(string? url, string? note)
    {
        if (url is { Length: > 0 } && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            return ApiProblems.Invalid("url", "'url' must be an absolute http or https address.");
        return note is { Length: > 2000 } ? ApiProblems.Invalid("note", "'note' may be at most 2000 characters.") : null;
    }

    public static string ContentTypeOf(IFormFile file) => string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
}
