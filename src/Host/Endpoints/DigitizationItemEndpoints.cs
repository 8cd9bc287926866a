using Library.Digitization;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Endpoints;

/// <summary>
/// What happens to a digitization request's item, under <c>/api/requests/{id}</c>: reported missing.
/// </summary>
public static class DigitizationItemEndpoints
{
    public static IEndpointRouteBuilder MapDigitizationItems(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Digitization requests");
        group.MapPost("/{id:guid}/mark-missing", MarkMissing).Needs(StaffPolicies.DigitizationProcessing).Validate<MarkMissingBody>()
            .Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>
    /// Cancels the request through its cancellation wait, as Cancel does, so the requester gets the cancellation letter;
    /// that step also flags the catalogue's item missing (<see cref="AwaitCancellation"/>).
    /// </summary>
    private static Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> MarkMissing(
        Guid id, MarkMissingBody? body, DigitizationRequestAction action, CancellationToken ct) =>
        action.ResumeAsync(id, "Mark missing", DigitizationBookmarks.CancelRequest, MissingItem.CancellationPayload(body!.Note),
            (r, _) => MissingItem.CanBeMarked(r.Status) ? null
                : "Mark missing is only valid before the item reaches the department (Pickup From Shelf or In Transit)", ct);
}
