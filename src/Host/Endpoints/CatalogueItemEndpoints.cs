using FluentValidation;
using Library.Catalogue;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Library.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>
/// The item catalogue lending requests locate items in, by barcode: search, read, create or replace an item, and import
/// a file of items. A request already located keeps what it recorded; a change helps requests that come in later. An
/// item flagged missing is found again here, and its history says who flagged and found it.
/// </summary>
public static class CatalogueItemEndpoints
{
    public static IEndpointRouteBuilder MapCatalogueItems(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/items").WithTags("Item catalogue");
        group.MapGet("/", Search).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status400BadRequest);
        group.MapGet("/{barcode}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapGet("/{barcode}/history", History).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/{barcode}/found", Found).Needs(StaffPolicies.Circulation)
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPut("/{barcode}", Put).Needs(StaffPolicies.Administration).Validate<CatalogueItemBody>().Refuses(StatusCodes.Status400BadRequest);
        group.MapPost("/import", Import).Needs(StaffPolicies.Administration).DisableAntiforgery()
            .WithFormOptions(memoryBufferThreshold: FileUpload.MemoryBufferBytes)
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Results<Ok<CatalogueItemPageView>, ProblemHttpResult>> Search(
        [AsParameters] CatalogueItemQuery query, LibraryDbContext db, CancellationToken ct)
    {
        var (page, pageSize, problem) = query.Read();
        if (problem is not null) return problem;
        var items = db.CatalogueItems.AsNoTracking();
        if (query.Barcode is { Length: > 0 } barcode) items = items.Where(i => i.Barcode == barcode);
        if (query.Missing is { } missing) items = items.Where(i => (i.MissingSince != null) == missing);
        if (query.Q is { Length: > 0 } q)
        {
            var text = q.ToLowerInvariant();
            items = items.Where(i => i.Title.ToLower().Contains(text) || (i.Author != null && i.Author.ToLower().Contains(text))
                                     || (i.Isbn != null && i.Isbn.ToLower().Contains(text)) || (i.Issn != null && i.Issn.ToLower().Contains(text))
                                     || i.Barcode.ToLower().Contains(text));
        }
        var total = await items.CountAsync(ct);
        var rows = await items.OrderBy(i => i.Barcode).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return TypedResults.Ok(new CatalogueItemPageView(total, page, pageSize, rows.Select(CatalogueItemView.Of).ToList()));
    }

    private static async Task<Results<Ok<CatalogueItemView>, ProblemHttpResult>> Get(string barcode, LibraryDbContext db, CancellationToken ct) =>
        await db.CatalogueItems.AsNoTracking().SingleOrDefaultAsync(i => i.Barcode == barcode, ct) is { } item
            ? TypedResults.Ok(CatalogueItemView.Of(item))
            : UnknownItem(barcode);

    /// <summary>The item's history, oldest first.</summary>
    private static async Task<Results<Ok<List<ItemHistoryView>>, ProblemHttpResult>> History(string barcode, LibraryDbContext db, CancellationToken ct)
    {
        if (!await db.CatalogueItems.AnyAsync(i => i.Barcode == barcode, ct)) return UnknownItem(barcode);
        var lines = await db.ItemHistory.AsNoTracking().Where(h => h.Barcode == barcode).OrderBy(h => h.Id).ToListAsync(ct);
        return TypedResults.Ok(lines.Select(ItemHistoryView.Of).ToList());
    }

    /// <summary>
    /// "Item found": clears the missing flag of an item back in hand and records who found it. An explicit action rather
    /// than a side effect of a scan, which here always belongs to a request. A Circulation Desk Operator or fulfilment
    /// staff of the item's library may; an item not missing is 409.
    /// </summary>
    private static async Task<Results<Ok<CatalogueItemView>, ProblemHttpResult>> Found(
        string barcode, OptionalBody<ItemFoundBody> body, LibraryDbContext db, StaffAccess access, HttpContext http, CancellationToken ct)
    {
        if (body.Problem is not null) return body.Problem;
        if (await db.CatalogueItems.SingleOrDefaultAsync(i => i.Barcode == barcode, ct) is not { } item) return UnknownItem(barcode);
        if (await access.RefusalAtLibraryAsync(StaffPolicies.CirculationRoles, item.Library, ct) is { } refused) return refused;
        if (item.MissingSince is null) return ApiProblems.Conflict($"Item {barcode} is not flagged missing.");
        var note = body.Value?.Note is { Length: > 0 } text ? text : null;
        db.ItemHistory.Add(item.Found(ActingAccount.Of(http), access.UtcNow, note));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CatalogueItemView.Of(item));
    }

    private static ProblemHttpResult UnknownItem(string barcode) => ApiProblems.NotFound($"No item with barcode {barcode} in the catalogue.");

    /// <summary>Creates the item (201) or replaces its details (200).</summary>
    private static async Task<Results<Created<CatalogueItemView>, Ok<CatalogueItemView>, ProblemHttpResult>> Put(
        string barcode, CatalogueItemBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (CatalogueItemBodyValidator.BarcodeProblem(barcode) is { } problem) return ApiProblems.Invalid("barcode", problem);
        var item = await db.CatalogueItems.SingleOrDefaultAsync(i => i.Barcode == barcode, ct);
        var created = item is null;
        if (item is null) db.CatalogueItems.Add(item = body.NewItem(barcode));
        else body.ApplyTo(item);
        await db.SaveChangesAsync(ct);
        var view = CatalogueItemView.Of(item);
        return created ? TypedResults.Created($"/api/items/{Uri.EscapeDataString(barcode)}", view) : TypedResults.Ok(view);
    }

    /// <summary>Adds or replaces every item of the file in one transaction: a bad row stores nothing.</summary>
    private static async Task<Results<Ok<CatalogueImportView>, ProblemHttpResult>> Import(
        IFormFile? file, IValidator<CatalogueItemBody> validator, LibraryDbContext db, CancellationToken ct)
    {
        if (FileUpload.Check(file) is { } bad) return bad;
        var (items, problem) = await CatalogueImportFile.ReadAsync(file!, validator, ct);
        if (problem is not null) return problem;

        var barcodes = items.Select(i => i.Barcode).ToList();
        var existing = new Dictionary<string, CatalogueItem>(StringComparer.Ordinal);
        // In slices, so that a large file does not make one query with more parameters than the engine takes.
        foreach (var slice in barcodes.Chunk(500))
            foreach (var found in await db.CatalogueItems.Where(i => slice.Contains(i.Barcode)).ToListAsync(ct))
                existing[found.Barcode] = found;
        foreach (var (_, barcode, body) in items)
        {
            if (existing.TryGetValue(barcode, out var item)) body.ApplyTo(item);
            else db.CatalogueItems.Add(body.NewItem(barcode));
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new CatalogueImportView(items.Count - existing.Count, existing.Count));
    }
}
