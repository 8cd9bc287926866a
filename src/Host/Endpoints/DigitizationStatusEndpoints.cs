using Library.Digitization;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;
using Workflows.Traces;

namespace Library.Host.Endpoints;

/// <summary>
/// The Status field of a request's Edit page: which statuses staff may choose now, and choosing one with a note. The
/// change moves the request's workflow as the matching action would (<see cref="StatusChange"/>), so status and
/// workflow never diverge; the history records it with the note under the signed-in account.
/// </summary>
public static class DigitizationStatusEndpoints
{
    public static IEndpointRouteBuilder MapDigitizationStatus(this IEndpointRouteBuilder app)
    {
        var status = app.MapGroup("/api/requests/{id:guid}/status").WithTags("Digitization requests");
        status.MapGet("/", Choices).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        status.MapPut("/", Change).Needs(StaffPolicies.DigitizationProcessing).Validate<StatusChangeBody>()
            .Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<StatusChoicesView>, ProblemHttpResult>> Choices(Guid id, LibraryDbContext db, CancellationToken ct)
    {
        var request = await db.DigitizationRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return DigitizationRequestEndpoints.UnknownRequest(id);
        var allowed = StatusChange.Allowed(request, await WaitingForAsync(db, request, ct));
        return TypedResults.Ok(new StatusChoicesView(request.Status, allowed.Select(a => a.Status).ToList()));
    }

    /// <summary>A status the workflow cannot go to from where it waits is 409, naming those it can.</summary>
    private static async Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> Change(
        Guid id, StatusChangeBody? body, DigitizationRequestAction action, LibraryDbContext db, WorkflowRuntime runtime, HttpContext http, CancellationToken ct)
    {
        DigitizationStatuses.TryParse(body!.Status, out var to);
        var trace = await new WorkflowTraces(db).FindAsync(id.ToString(), DigitizationRequests.WorkflowId, ct);
        (string Bookmark, string Key)? wait = null;
        var refusal = await action.CheckAsync(id, (request, _) =>
        {
            var allowed = StatusChange.Allowed(request, trace?.WaitingFor ?? []);
            if (allowed.FirstOrDefault(a => a.Status == to) is { Bookmark: { } bookmark })
            {
                wait = (bookmark, bookmark == DigitizationBookmarks.ScanIn
                    ? DigitizationBookmarks.ScanInKey(request.Item.Barcode, request.Department)
                    : DigitizationBookmarks.RequestKey(id));
                return null;
            }
            return allowed.Count == 0
                ? $"The status cannot be set to {to.DisplayName()}: no status can be chosen now (a request is closed with Cancel or Done)"
                : $"The status cannot be set to {to.DisplayName()}; it can be set to {string.Join(", ", allowed.Select(a => a.Status.DisplayName()))}";
        }, ct);
        if (refusal is not null) return refusal;

        // This instance's wait: other requests for the same item may wait for the same scan.
        var (name, key) = wait!.Value;
        var result = await runtime.ResumeAsync(trace!.InstanceId, name, key, new StatusChange(to, body.Note).ToPayload(), ActingAccount.Of(http), ct);
        if (result.Status != ResumeStatus.Resumed) return ResumeProblems.OfAction(result, $"Setting the status to {to.DisplayName()}", $"request {id}");
        return TypedResults.Ok((await DigitizationRequestView.LoadAsync(db, id, ct))!);
    }

    private static async Task<IReadOnlyList<string>> WaitingForAsync(LibraryDbContext db, DigitizationRequest request, CancellationToken ct) =>
        (await new WorkflowTraces(db).FindAsync(request.Id.ToString(), DigitizationRequests.WorkflowId, ct))?.WaitingFor ?? [];
}
