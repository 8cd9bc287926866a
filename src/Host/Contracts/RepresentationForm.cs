using Library.Host.Problems;
using Library.Repository;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Library.Host.Contracts;

/// <summary>
/// The multipart form of "Add digital inventory": the representation's <c>usageType</c> (Primary or Derivative),
/// owning <c>library</c>, optional <c>accessRightsPolicy</c> and <c>remote</c> flag, and one or more <c>file</c> parts.
/// </summary>
public sealed record RepresentationForm(
    [property: FromForm] string? UsageType,
    [property: FromForm] string? Library,
    [property: FromForm] string? AccessRightsPolicy,
    [property: FromForm] string? Remote,
    IFormFileCollection Files)
{
    /// <summary>The files, whether <c>remote</c> was set, and the 400 or 413 naming the first field that is wrong.</summary>
    public (IReadOnlyList<IFormFile> Files, bool Remote, ProblemHttpResult? Problem) Read()
    {
        if (string.IsNullOrWhiteSpace(UsageType) || !UsageTypes.All.Contains(UsageType))
            return ([], false, ApiProblems.Invalid("usageType", $"'usageType' must be one of: {string.Join(", ", UsageTypes.All)}."));
        if (string.IsNullOrWhiteSpace(Library) || Library.Length > 50)
            return ([], false, ApiProblems.Invalid("library", "'library' is required: the library that owns the representation."));
        if (AccessRightsPolicy is { Length: > 100 })
            return ([], false, ApiProblems.Invalid("accessRightsPolicy", "'accessRightsPolicy' may be at most 100 characters."));
        var remote = false;
        if (Remote is { Length: > 0 } && !bool.TryParse(Remote, out remote))
            return ([], false, ApiProblems.Invalid("remote", "'remote' must be true or false."));
        var files = Files.GetFiles("file");
        if (files.Count == 0) return ([], false, ApiProblems.Invalid("file", "At least one 'file' part is required."));
        return (files, remote, files.Select(f => FileUpload.Check(f)).FirstOrDefault(p => p is not null));
    }
}
