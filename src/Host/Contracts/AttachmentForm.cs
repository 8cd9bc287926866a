using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Library.Host.Contracts;

/// <summary>
/// The multipart form of an attachment: the <c>file</c>, and optionally the <c>url</c> it came from and a <c>note</c>
/// (Alma: Digitization Processing, Quick Add).
/// </summary>
public sealed record AttachmentForm(IFormFile? File, [property: FromForm] string? Url, [property: FromForm] string? Note)
{
    /// <summary>Null when the form may be stored; otherwise the 400 or 413 naming what is wrong.</summary>
    public ProblemHttpResult? Problem() => FileUpload.Check(File) ?? FileUpload.CheckUrlAndNote(Url, Note);

    /// <summary>The URL as stored: an empty field means none.</summary>
    public string? SourceUrl => Url is { Length: > 0 } ? Url : null;
}
