using Library.Host.Authorization;
using System.Text.Json;
using Library.Host.Contracts;
using Library.Host.Files;
using Library.Host.Problems;
using Library.Persistence;
using Library.Repository;
using Library.Digitization;
using Library.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>Digital inventory: adding a request's representation, and the institution repository's list.</summary>
public static class RepositoryEndpoints
{
    public static IEndpointRouteBuilder MapRepository(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/requests/{id:guid}/representation", Add).Needs(StaffPolicies.DigitizationProcessing).WithTags("Repository").DisableAntiforgery().Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge);
        app.MapGet("/api/repository/representations", List).Needs(StaffPolicies.Staff).WithTags("Repository").Refuses(StatusCodes.Status400BadRequest);
        app.MapGet("/api/repository/representations/{id:guid}/view", View).Needs(StaffPolicies.Staff).WithTags("Repository")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").Refuses(StatusCodes.Status404NotFound, StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Results<Created<DigitizationRequestView>, ProblemHttpResult>> Add(
        Guid id, [AsParameters] RepresentationForm form, DigitizationRequestAction action, AttachmentStore store, CancellationToken ct)
    {
        var (parts, remote, problem) = form.Read();
        if (problem is not null) return problem;

        var precondition = await action.CheckAsync(id,
            (r, _) => r.Status == DigitizationStatus.DigitalInventory ? null : "A representation can only be added in status Digital Inventory", ct);
        if (precondition is not null) return precondition;

        var stored = new List<StoredFile>();
        foreach (var part in parts)
        {
            var fileId = Guid.CreateVersion7();
            await using var content = part.OpenReadStream();
            var path = await store.SaveAsync(id, fileId, part.FileName, content, ct);
            stored.Add(new StoredFile(fileId, Path.GetFileName(part.FileName), FileUpload.ContentTypeOf(part), part.Length, path));
        }
        var representation = new NewRepresentation(Guid.CreateVersion7(), form.UsageType!, form.Library!, form.AccessRightsPolicy, remote, stored);
        var payload = JsonSerializer.SerializeToNode(representation, JsonSerializerOptions.Web)!.AsObject();

        var result = await action.ResumeCheckedAsync(id, "Add digital inventory", DigitizationBookmarks.AddRepresentation, payload, ct);
        if (result.Result is Ok<DigitizationRequestView> ok)
            return TypedResults.Created($"/api/repository/representations?barcode={Uri.EscapeDataString(ok.Value!.Item.Barcode!)}", ok.Value);
        foreach (var file in stored) AttachmentStore.Discard(file.StoragePath);
        return (ProblemHttpResult)result.Result;
    }

    /// <summary>
    /// "View it": the representation's first file, shown in the browser where its type allows (no download name), as
    /// Alma's View it shows the item's resources.
    /// </summary>
    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> View(Guid id, LibraryDbContext db, CancellationToken ct)
    {
        var representation = await db.Representations.AsNoTracking().Include(r => r.Files).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (representation is null) return ApiProblems.NotFound($"No representation {id} in the repository.");
        var file = representation.Files.OrderBy(f => f.Id).First();
        return StoredFiles.Open(file.StoragePath) is { } content
            ? StoredFiles.Show(content, file.ContentType)
            : ApiProblems.Gone($"The file {file.FileName} of representation {id} is no longer in the store.");
    }

    private static async Task<Results<Ok<List<RepresentationView>>, ProblemHttpResult>> List(LibraryDbContext db, string? barcode, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(barcode)) return ApiProblems.Invalid("barcode", "'barcode' is required: the item whose representations to list.");
        var rows = await db.Representations.AsNoTracking().Include(r => r.Files)
            .Where(r => r.Barcode == barcode).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => new RepresentationView(
            r.Id, r.RequestId, r.Barcode, r.MmsId, r.Title, r.UsageType, r.Library, r.AccessRightsPolicy, r.Remote, r.Active, r.CreatedAt, r.CreatedBy,
            r.Files.Select(f => new RepresentationFileView(f.Id, f.FileName, f.ContentType, f.Size)).ToList())).ToList());
    }
}
