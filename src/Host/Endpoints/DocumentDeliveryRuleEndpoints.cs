using Library.Host.Authorization;
using Library.Delivery;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>The electronic document delivery rules (Alma: Configuring Digitization, Electronic Document Delivery Rules): which user groups may receive digitized files.</summary>
public static class DocumentDeliveryRuleEndpoints
{
    public static IEndpointRouteBuilder MapDocumentDeliveryRules(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/document-delivery-rules").WithTags("Document delivery rules");
        group.MapGet("/", List).Needs(StaffPolicies.Staff);
        group.MapGet("/{id:int}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).Needs(StaffPolicies.Administration).Validate<DocumentDeliveryRuleBody>();
        group.MapPut("/{id:int}", Update).Needs(StaffPolicies.Administration).Validate<DocumentDeliveryRuleBody>().Refuses(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:int}", Delete).Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<List<DocumentDeliveryRuleView>>> List(LibraryDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.DocumentDeliveryRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct)).Select(DocumentDeliveryRuleView.Of).ToList());

    private static async Task<Results<Ok<DocumentDeliveryRuleView>, ProblemHttpResult>> Get(int id, LibraryDbContext db, CancellationToken ct) =>
        await db.DocumentDeliveryRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } rule
            ? TypedResults.Ok(DocumentDeliveryRuleView.Of(rule))
            : UnknownRule(id);

    private static async Task<Results<Created<DocumentDeliveryRuleView>, ProblemHttpResult>> Create(
        DocumentDeliveryRuleBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (await NameTakenAsync(db, body.Name, except: null, ct) is { } taken) return taken;
        var rule = db.DocumentDeliveryRules.Add(new DocumentDeliveryRule
        {
            Name = body.Name, Description = body.Description ?? "", Enabled = body.Enabled ?? true, UserGroups = body.Groups(),
        }).Entity;
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/document-delivery-rules/{rule.Id}", DocumentDeliveryRuleView.Of(rule));
    }

    private static async Task<Results<Ok<DocumentDeliveryRuleView>, ProblemHttpResult>> Update(
        int id, DocumentDeliveryRuleBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        var rule = await db.DocumentDeliveryRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null) return UnknownRule(id);
        if (await NameTakenAsync(db, body.Name, except: id, ct) is { } taken) return taken;
        rule.Name = body.Name;
        rule.Description = body.Description ?? "";
        rule.Enabled = body.Enabled ?? rule.Enabled;
        rule.UserGroups = body.Groups();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DocumentDeliveryRuleView.Of(rule));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, LibraryDbContext db, CancellationToken ct)
    {
        var rule = await db.DocumentDeliveryRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null) return UnknownRule(id);
        db.DocumentDeliveryRules.Remove(rule);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<ProblemHttpResult?> NameTakenAsync(LibraryDbContext db, string name, int? except, CancellationToken ct)
    {
        var names = await db.DocumentDeliveryRules.AsNoTracking().Where(r => r.Id != except).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        return names.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)) is { } other
            ? ApiProblems.Invalid("name", $"The name '{name}' is already used by document delivery rule {other.Id}; rule names are unique.")
            : null;
    }

    private static ProblemHttpResult UnknownRule(int id) => ApiProblems.NotFound($"No document delivery rule {id}.");
}
