using Library.Host.Problems;
using System.Text.Json.Nodes;
using Library.Approvals;
using Library.Host.Contracts;
using Library.Persistence;
using Library.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// A staff action on a request: checks the request exists and is in a status the action allows, then resumes the
/// bookmark its workflow waits on. The bookmark is what guarantees the action runs at most once.
/// </summary>
public sealed class RequestAction(LibraryDbContext db, WorkflowRuntime runtime, IHttpContextAccessor http)
{
    /// <summary>Null when the action may go ahead; otherwise the 404 or 409 to answer.</summary>
    public async Task<ProblemHttpResult?> CheckAsync(Guid id, Func<DigitizationRequest, ApprovalRequest?, string?> precondition, CancellationToken ct)
    {
        var request = await db.DigitizationRequests.AsNoTracking().Include(r => r.Attachments).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return RequestEndpoints.UnknownRequest(id);
        var approval = await db.Approvals.AsNoTracking().SingleOrDefaultAsync(a => a.RequestId == id, ct);
        return precondition(request, approval) is { } refusal
            ? ApiProblems.Conflict($"{refusal}; request {id} is in status {request.Status.DisplayName()}.")
            : null;
    }

    public async Task<Results<Ok<RequestView>, ProblemHttpResult>> ResumeAsync(
        Guid id, string action, string bookmark, JsonObject? payload, Func<DigitizationRequest, ApprovalRequest?, string?> precondition, CancellationToken ct)
    {
        if (await CheckAsync(id, precondition, ct) is { } refusal) return refusal;

        var actor = ActingAccount.Of(http.HttpContext!);
        var result = await runtime.ResumeAsync(bookmark, RequestBookmarks.RequestKey(id), payload, actor, ct);
        if (result.Status != ResumeStatus.Resumed)
            return ApiProblems.Conflict(result.Status == ResumeStatus.Conflict
                ? $"{action} on request {id} was already done by a concurrent request."
                : $"{action} is not possible now: the workflow of request {id} is not waiting for it.");
        return TypedResults.Ok((await RequestView.LoadAsync(db, id, ct))!);
    }
}
