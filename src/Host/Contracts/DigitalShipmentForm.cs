using Library.Host.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Library.Host.Contracts;

/// <summary>
/// The multipart form of "Ship digitally": a <c>file</c> or an external <c>url</c>, the <c>termsOfUse</c> shown to the
/// partner, whether to <c>completeRequest</c> at once, and the notes (Alma: Managing Resource Sharing Lending Requests).
/// </summary>
public sealed record DigitalShipmentForm(
    IFormFile? File,
    [property: FromForm] string? Url,
    [property: FromForm] string? TermsOfUse,
    [property: FromForm] bool? CompleteRequest,
    [property: FromForm] string? InternalNote,
    [property: FromForm] string? PartnerNote)
{
    public ProblemHttpResult? Problem()
    {
        if (File is null && Url is not { Length: > 0 })
            return ApiProblems.Invalid("file", "Send a 'file' or an external 'url' to ship.");
        if (((File is null ? null : FileUpload.Check(File)) ?? FileUpload.CheckUrlAndNote(Url, null)) is { } invalid) return invalid;
        if (new ActionNotesBodyValidator().Validate(new ActionNotesBody(InternalNote, PartnerNote)) is { IsValid: false } notes)
            return ApiProblems.Invalid(notes);
        return TermsOfUse is { Length: > 200 } ? ApiProblems.Invalid("termsOfUse", "'termsOfUse' may be at most 200 characters.") : null;
    }
}
