using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Library.ResourceSharing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Endpoints;

/// <summary>
/// The lending reason lists (Alma: Managing Resource Sharing Lending Requests, "Rejecting a lending request"): the
/// rejection reasons staff choose from and the partner is told, the internal rejection reasons only the lender sees,
/// and the reasons for accepting a partner's cancel request. Each list is read and replaced whole.
/// </summary>
public static class LendingReasonEndpoints
{
    public static IEndpointRouteBuilder MapLendingReasons(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lending-reasons").WithTags("Lending reasons");
        group.MapGet("/", All).Needs(StaffPolicies.Staff);
        group.MapGet("/{list}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPut("/{list}", Replace).Needs(StaffPolicies.Administration).Validate<LendingReasonsBody>().Refuses(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<LendingReasonListsView>> All(LibraryDbContext db, CancellationToken ct) =>
        TypedResults.Ok(new LendingReasonListsView(
            await db.ReasonsOfAsync(LendingReasonList.Rejection, ct),
            await db.ReasonsOfAsync(LendingReasonList.InternalRejection, ct),
            await db.ReasonsOfAsync(LendingReasonList.Cancellation, ct)));

    private static async Task<Results<Ok<LendingReasonsBody>, ProblemHttpResult>> Get(string list, LibraryDbContext db, CancellationToken ct) =>
        IsLendingList(list, out var which)
            ? TypedResults.Ok(new LendingReasonsBody(await db.ReasonsOfAsync(which, ct)))
            : UnknownList(list);

    private static async Task<Results<Ok<LendingReasonsBody>, ProblemHttpResult>> Replace(
        string list, LendingReasonsBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (!IsLendingList(list, out var which)) return UnknownList(list);
        if (body.Reasons.Count == 0 && LendingReasons.EmptyListProblem(which) is { } empty) return ApiProblems.Invalid("reasons", empty);
        await db.ReplaceReasonsAsync(which, body.Reasons, ct);
        return TypedResults.Ok(new LendingReasonsBody(await db.ReasonsOfAsync(which, ct)));
    }

    private static bool IsLendingList(string list, out LendingReasonList which) =>
        EnumNames<LendingReasonList>.TryParse(list, out which) && LendingReasons.OfLending.Contains(which);

    private static ProblemHttpResult UnknownList(string list)
    {
        var names = LendingReasons.OfLending.Select(EnumNames<LendingReasonList>.Of).ToList();
        return ApiProblems.NotFound($"No lending reason list '{list}'; the lists are {string.Join(", ", names[..^1])} or {names[^1]}.");
    }
}
