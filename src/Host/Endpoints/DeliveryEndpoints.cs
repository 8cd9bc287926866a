using System.IO.Compression;
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

    private static async Task<Results<PhysicalFileHttpResult, FileStreamHttpResult, ProblemHttpResult>> Download(
        string token, LibraryDbContext db, CancellationToken ct)
    {
        // Counting is one conditional update, so concurrent downloads can never exceed the limit.
        var counted = await db.DeliveryLinks
            .Where(l => l.Token == token && l.FilesRemovedAt == null && (l.MaxAccessCount == null || l.AccessCount < l.MaxAccessCount))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.AccessCount, l => l.AccessCount + 1), ct);
        var link = await db.DeliveryLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Token == token, ct);
        if (counted == 0)
            return link switch
            {
                null => ApiProblems.NotFound("This download link does not exist."),
                { FilesRemovedAt: { } removed } => Gone($"The files of this link were removed on {removed:yyyy-MM-dd}."),
                _ => Gone($"This link has been used the {link.MaxAccessCount} time(s) it allows."),
            };

        var files = await db.Attachments.AsNoTracking()
            .Where(a => a.RequestId == link!.RequestId && a.Purpose == AttachmentPurpose.Delivery)
            .OrderBy(a => a.AddedAt).ToListAsync(ct);
        if (files.Count == 1) return TypedResults.PhysicalFile(files[0].StoragePath, files[0].ContentType, files[0].FileName);

        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var file in files) await archive.CreateEntryFromFileAsync(file.StoragePath, file.FileName, ct);
        zip.Position = 0;
        return TypedResults.File(zip, "application/zip", $"request-{link!.RequestId}.zip");
    }

    private static ProblemHttpResult Gone(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status410Gone, title: "No longer available");
}
