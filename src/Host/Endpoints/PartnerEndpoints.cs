using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Languages;
using Library.Persistence;
using Library.ResourceSharing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Library.Host.Endpoints;

/// <summary>
/// The resource-sharing partners we lend to (Alma: Resource Sharing Partners), by code. A lending request names its
/// partner by code and keeps a copy of it as it was; a partner with requests is deactivated rather than deleted, so
/// its code keeps meaning that partner in the task list.
/// </summary>
public static class PartnerEndpoints
{
    public static IEndpointRouteBuilder MapPartners(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/partners").WithTags("Partners");
        group.MapGet("/", List).Needs(StaffPolicies.Staff);
        group.MapGet("/{code}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).Needs(StaffPolicies.Administration).Validate<PartnerBody>().Refuses(StatusCodes.Status409Conflict);
        group.MapPut("/{code}", Update).Needs(StaffPolicies.Administration).Validate<PartnerBody>()
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapDelete("/{code}", Delete).Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<List<PartnerView>>> List(LibraryDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Partners.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct)).Select(PartnerView.Of).ToList());

    private static async Task<Results<Ok<PartnerView>, ProblemHttpResult>> Get(string code, LibraryDbContext db, CancellationToken ct) =>
        await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct) is { } partner
            ? TypedResults.Ok(PartnerView.Of(partner))
            : UnknownPartner(code);

    private static async Task<Results<Created<PartnerView>, ProblemHttpResult>> Create(PartnerBody? body, LibraryDbContext db, IOptions<LetterSettings> letters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (body.Code is not { } code) return ApiProblems.Invalid("code", "'code' is required: lending requests name the partner by it.");
        if (await UnknownProfileAsync(body, db, ct) is { } noProfile) return noProfile;
        if (await db.Partners.AnyAsync(p => p.Code == code, ct))
            return ApiProblems.Conflict($"A partner '{code}' exists already; change it with PUT /api/partners/{code}.");
        var partner = new ResourceSharingPartner { Code = code, Name = body.Name, WorkflowProfile = body.WorkflowProfile, Language = letters.Value.InstitutionLanguage().Code() };
        body.ApplyTo(partner);
        db.Partners.Add(partner);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/partners/{Uri.EscapeDataString(code)}", PartnerView.Of(partner));
    }

    /// <summary>Requests already made keep the partner and profile they started with; new ones take the change.</summary>
    private static async Task<Results<Ok<PartnerView>, ProblemHttpResult>> Update(string code, PartnerBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (body.Code is { } named && named != code)
            return ApiProblems.Invalid("code", $"The body names partner '{named}' but the path '{code}'; a partner's code cannot change.");
        if (await db.Partners.SingleOrDefaultAsync(p => p.Code == code, ct) is not { } partner) return UnknownPartner(code);
        if (await UnknownProfileAsync(body, db, ct) is { } noProfile) return noProfile;
        body.ApplyTo(partner);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PartnerView.Of(partner));
    }

    /// <summary>Only a partner no lending request names can go; one with requests is set inactive instead (409 says so).</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string code, LibraryDbContext db, CancellationToken ct)
    {
        if (await db.Partners.SingleOrDefaultAsync(p => p.Code == code, ct) is not { } partner) return UnknownPartner(code);
        var requests = await db.LendingRequests.CountAsync(r => r.Partner.Code == code, ct);
        if (requests > 0)
            return ApiProblems.Conflict($"Partner '{code}' has {requests} lending request(s) and cannot be deleted; set it \"active\": false to refuse new requests.");
        db.Partners.Remove(partner);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<ProblemHttpResult?> UnknownProfileAsync(PartnerBody body, LibraryDbContext db, CancellationToken ct) =>
        await db.LendingWorkflowProfiles.AnyAsync(p => p.Code == body.WorkflowProfile, ct)
            ? null
            : ApiProblems.Invalid("workflowProfile", $"No lending workflow profile '{body.WorkflowProfile}' (/api/lending-workflow-profiles).");

    private static ProblemHttpResult UnknownPartner(string code) => ApiProblems.NotFound($"No partner '{code}'.");
}
