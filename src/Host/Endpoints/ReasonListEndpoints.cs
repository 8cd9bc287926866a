using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Library.ResourceSharing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Endpoints;

/// <summary>
/// Reason lists as plain JSON arrays of strings, read by staff and replaced whole by an administrator: the digitization
/// cancellation reasons (<see cref="Digitization.CancellationReasons"/>) and, beside /api/lending-reasons (which serves
/// the same store), the lending rejection reasons.
/// </summary>
public static class ReasonListEndpoints
{
    public static IEndpointRouteBuilder MapReasonLists(this IEndpointRouteBuilder app)
    {
        Map(app.MapGroup("/api/requests/cancel-reasons").WithTags("Digitization requests"), LendingReasonList.DigitizationCancellation);
        Map(app.MapGroup("/api/lending-requests/reject-reasons").WithTags("Lending reasons"), LendingReasonList.Rejection);
        return app;
    }

    private static void Map(RouteGroupBuilder group, LendingReasonList list)
    {
        group.MapGet("/", async (LibraryDbContext db, CancellationToken ct) => TypedResults.Ok(await db.ReasonsOfAsync(list, ct))).Needs(StaffPolicies.Staff);
        group.MapPut("/", (List<string>? reasons, LibraryDbContext db, CancellationToken ct) => ReplaceAsync(list, reasons, db, ct))
            .Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status400BadRequest);
    }

    /// <summary>The same checks as a list's replacement under /api/lending-reasons.</summary>
    private static async Task<Results<Ok<List<string>>, ProblemHttpResult>> ReplaceAsync(
        LendingReasonList list, List<string>? reasons, LibraryDbContext db, CancellationToken ct)
    {
        if (reasons is null) return ApiProblems.Invalid("reasons", "Send the reasons as a JSON array of strings.");
        var checkedList = new LendingReasonsBodyValidator().Validate(new LendingReasonsBody(reasons));
        if (!checkedList.IsValid) return ApiProblems.Invalid(checkedList);
        if (reasons.Count == 0 && LendingReasons.EmptyListProblem(list) is { } empty) return ApiProblems.Invalid("reasons", empty);
        await db.ReplaceReasonsAsync(list, reasons, ct);
        return TypedResults.Ok(await db.ReasonsOfAsync(list, ct));
    }
}
