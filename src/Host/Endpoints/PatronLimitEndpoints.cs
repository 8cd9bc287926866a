using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Patrons;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>
/// The patron limits table (Alma: Configuring Digitization, Patron Limits): per user group, how many digitization requests one patron
/// may have open at once. A group that is not listed has no limit, so deleting a group's row lifts its limit.
/// </summary>
public static class PatronLimitEndpoints
{
    public static IEndpointRouteBuilder MapPatronLimits(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/patron-limits").WithTags("Patron limits");
        group.MapGet("/", List).Needs(StaffPolicies.Staff);
        group.MapPut("/{userGroup}", Put).Needs(StaffPolicies.Administration).Validate<PatronLimitBody>();
        group.MapDelete("/{userGroup}", Delete).Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<List<PatronLimitView>>> List(LibraryDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.PatronLimits.AsNoTracking().OrderBy(l => l.UserGroup).ToListAsync(ct)).Select(PatronLimitView.Of).ToList());

    /// <summary>Sets the group's limit, adding its row when it has none.</summary>
    private static async Task<Results<Ok<PatronLimitView>, ProblemHttpResult>> Put(
        string userGroup, PatronLimitBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (PatronLimitBodyValidator.UserGroupProblem(userGroup) is { } problem) return ApiProblems.Invalid("userGroup", problem);

        var limit = await FindAsync(db, userGroup, ct);
        limit ??= db.PatronLimits.Add(new PatronLimit { UserGroup = userGroup }).Entity;
        limit.MaxDigitizationRequests = body.MaxDigitizationRequests;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PatronLimitView.Of(limit));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string userGroup, LibraryDbContext db, CancellationToken ct)
    {
        var limit = await FindAsync(db, userGroup, ct);
        if (limit is null) return ApiProblems.NotFound($"User group '{userGroup}' has no row in the patron limits table.");
        db.PatronLimits.Remove(limit);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>The group's row; a group written in another case is the same group.</summary>
    private static async Task<PatronLimit?> FindAsync(LibraryDbContext db, string userGroup, CancellationToken ct) =>
        (await db.PatronLimits.ToListAsync(ct)).FirstOrDefault(l => string.Equals(l.UserGroup, userGroup, StringComparison.OrdinalIgnoreCase));
}
