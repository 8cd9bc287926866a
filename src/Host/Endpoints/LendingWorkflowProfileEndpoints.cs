using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Library.ResourceSharing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>
/// The lending workflow profiles partners use (Alma: "Configuring workflow profiles"), by code. A change applies to
/// lending requests that come in afterwards: each request keeps the profile it started with.
/// </summary>
public static class LendingWorkflowProfileEndpoints
{
    public static IEndpointRouteBuilder MapLendingWorkflowProfiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lending-workflow-profiles").WithTags("Lending workflow profiles");
        group.MapGet("/", List).Needs(StaffPolicies.Staff);
        group.MapGet("/{code}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).Needs(StaffPolicies.Administration).Validate<LendingWorkflowProfileBody>().Refuses(StatusCodes.Status409Conflict);
        group.MapPut("/{code}", Update).Needs(StaffPolicies.Administration).Validate<LendingWorkflowProfileBody>()
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapDelete("/{code}", Delete).Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<List<LendingWorkflowProfileView>>> List(LibraryDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.LendingWorkflowProfiles.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct)).Select(LendingWorkflowProfileView.Of).ToList());

    private static async Task<Results<Ok<LendingWorkflowProfileView>, ProblemHttpResult>> Get(string code, LibraryDbContext db, CancellationToken ct) =>
        await db.LendingWorkflowProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct) is { } profile
            ? TypedResults.Ok(LendingWorkflowProfileView.Of(profile))
            : UnknownProfile(code);

    private static async Task<Results<Created<LendingWorkflowProfileView>, ProblemHttpResult>> Create(
        LendingWorkflowProfileBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (body.Code is not { } code) return ApiProblems.Invalid("code", "'code' is required: the profile is addressed by it.");
        if (await db.LendingWorkflowProfiles.AnyAsync(p => p.Code == code, ct))
            return ApiProblems.Conflict($"A lending workflow profile '{code}' exists already; change it with PUT /api/lending-workflow-profiles/{code}.");
        var profile = new LendingWorkflowProfile { Code = code, Name = body.Name };
        body.ApplyTo(profile);
        db.LendingWorkflowProfiles.Add(profile);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/lending-workflow-profiles/{Uri.EscapeDataString(code)}", LendingWorkflowProfileView.Of(profile));
    }

    private static async Task<Results<Ok<LendingWorkflowProfileView>, ProblemHttpResult>> Update(
        string code, LendingWorkflowProfileBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (body.Code is { } named && named != code)
            return ApiProblems.Invalid("code", $"The body names profile '{named}' but the path '{code}'; a profile's code cannot change.");
        if (await db.LendingWorkflowProfiles.SingleOrDefaultAsync(p => p.Code == code, ct) is not { } profile) return UnknownProfile(code);
        body.ApplyTo(profile);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(LendingWorkflowProfileView.Of(profile));
    }

    /// <summary>A profile partners use stays: they would have none. The requests that copied it keep their copies.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string code, LibraryDbContext db, CancellationToken ct)
    {
        if (await db.LendingWorkflowProfiles.SingleOrDefaultAsync(p => p.Code == code, ct) is not { } profile) return UnknownProfile(code);
        var users = await db.Partners.AsNoTracking().Where(p => p.WorkflowProfile == code).OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(ct);
        if (users.Count > 0)
            return ApiProblems.Conflict($"Lending workflow profile '{code}' is used by partner(s) {string.Join(", ", users)}; give them another profile first.");
        db.LendingWorkflowProfiles.Remove(profile);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult UnknownProfile(string code) => ApiProblems.NotFound($"No lending workflow profile '{code}'.");
}
