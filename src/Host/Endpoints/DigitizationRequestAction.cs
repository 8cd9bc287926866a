using Library.Host.Authorization;
using Library.Accounts;
using Library.Host.Problems;
using System.Text.Json.Nodes;
using Library.Approvals;
using Library.Host.Contracts;
using Library.Persistence;
using Library.Digitization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// A staff action on a request: checks the request exists and is in a status the action allows, then resumes the
/// bookmark its workflow waits on. The bookmark is what guarantees the action runs at most once.
/// </summary>
public sealed class DigitizationRequestAction(LibraryDbContext db, WorkflowRuntime runtime, StaffAccess access, IHttpContextAccessor http)
{
    /// <summary>
    /// Null when the action may go ahead; otherwise the 404, the 403 for an account that is no Work Order Operator at
    /// the request's department, or the 409. The request stays tracked with its files, so the steps the action resumes
    /// find it without reading it again.
    /// </summary>
    public async Task<ProblemHttpResult?> CheckAsync(Guid id, Func<DigitizationRequest, ApprovalRequest?, string?> precondition, CancellationToken ct)
    {
        var found = await db.DigitizationRequests.Include(r => r.Attachments)
            .Where(r => r.Id == id)
            .SelectMany(r => db.Approvals.Where(a => a.RequestId == r.Id).DefaultIfEmpty(), (r, approval) => new { Request = r, Approval = approval })
            .SingleOrDefaultAsync(ct);
        if (found is null) return DigitizationRequestEndpoints.UnknownRequest(id);
        var department = found.Request.Department;
        if (await access.RefusalAsync([StaffRole.WorkOrderOperator], department, $"department {department}", ct) is { } outOfScope) return outOfScope;
        return precondition(found.Request, found.Approval) is { } refusal
            ? ApiProblems.Conflict($"{refusal}; request {id} is in status {found.Request.Status.DisplayName()}.")
            : null;
    }

    public async Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> ResumeAsync(
        Guid id, string action, string bookmark, JsonObject? payload, Func<DigitizationRequest, ApprovalRequest?, string?> precondition, CancellationToken ct) =>
        await CheckAsync(id, precondition, ct) ?? await ResumeCheckedAsync(id, action, bookmark, payload, ct);

    /// <summary>Resumes the bookmark of a request <see cref="CheckAsync"/> has let through.</summary>
    public async Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> ResumeCheckedAsync(Guid id, string action, string bookmark, JsonObject? payload, CancellationToken ct)
    {
        var actor = ActingAccount.Of(http.HttpContext!);
        var result = await runtime.ResumeAsync(bookmark, DigitizationBookmarks.RequestKey(id), payload, actor, ct);
        if (result.Status != ResumeStatus.Resumed) return ResumeProblems.OfAction(result, action, $"request {id}");
        return TypedResults.Ok((await DigitizationRequestView.LoadAsync(db, id, ct))!);
    }
}
