using System.IO.Compression;
using Library.Delivery;
using Library.Host.Files;
using Library.Host.Problems;
using Library.Persistence;
using Library.Digitization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>Document delivery by link: the requester's download, counted against the rule's access limit.</summary>
public static class DeliveryEndpoints
{
    public static IEndpointRouteBuilder MapDelivery(this IEndpointRouteBuilder app)
    {
        // Open to whoever holds the unguessable token: the requester, who has no staff account.
        app.MapGet("/delivery/{token}", Download).WithTags("Delivery").AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").Refuses(StatusCodes.Status404NotFound, StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(string token, LibraryDbContext db, CancellationToken ct)
    {
        var link = await db.DeliveryLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Token == token, ct);
        if (link is null) return ApiProblems.NotFound("This download link does not exist.");
        if (Unavailable(link) is { } refused) return refused;

        var files = await db.Attachments.AsNoTracking()
            .Where(a => a.RequestId == link.RequestId && a.Purpose == AttachmentPurpose.Delivery)
            .OrderBy(a => a.AddedAt).ToListAsync(ct);
        // Every file is opened before the download is counted, so a file the store has lost answers 410 without using
        // up one of the requester's downloads.
        var contents = new List<FileStream>();
        foreach (var file in files)
        {
            if (StoredFiles.Open(file.StoragePath) is { } content) contents.Add(content);
            else
            {
                await DisposeAllAsync(contents);
                return ApiProblems.Gone($"The file {file.FileName} of this link is no longer available.");
            }
        }

        // Counting is one conditional update, so concurrent downloads can never exceed the limit.
        var counted = await db.DeliveryLinks
            .Where(l => l.Token == token && l.FilesRemovedAt == null && (l.MaxAccessCount == null || l.AccessCount < l.MaxAccessCount))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.AccessCount, l => l.AccessCount + 1), ct);
        if (counted == 0)
        {
            await DisposeAllAsync(contents);
            return Unavailable(await db.DeliveryLinks.AsNoTracking().SingleAsync(l => l.Token == token, ct))!;
        }

        if (files.Count == 1) return StoredFiles.Download(contents[0], files[0].ContentType, files[0].FileName);
        var zip = new MemoryStream();
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var (file, content) in files.Zip(contents))
            {
                await using var entry = archive.CreateEntry(file.FileName).Open();
                await content.CopyToAsync(entry, ct);
            }
        }
        finally
        {
            await DisposeAllAsync(contents);
        }
        zip.Position = 0;
        return StoredFiles.Download(zip, "application/zip", $"request-{link.RequestId}.zip");
    }

    /// <summary>Why the link serves nothing any more, or null while it does.</summary>
    private static ProblemHttpResult? Unavailable(DeliveryLink link) => link switch
    {
        { FilesRemovedAt: { } removed } => ApiProblems.Gone($"The files of this link were removed on {removed:yyyy-MM-dd}."),
        { MaxAccessCount: { } max } when link.AccessCount >= max => ApiProblems.Gone($"This link has been used the {max} time(s) it allows."),
        _ => null,
    };

    private static async Task DisposeAllAsync(List<FileStream> contents)
    {
        foreach (var content in contents) await content.DisposeAsync();
    }
}
