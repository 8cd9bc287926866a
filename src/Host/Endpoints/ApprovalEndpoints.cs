using Library.Host.Authorization;
using Library.Approvals;
using Library.Host.Contracts;
using Library.Host.OpenApi;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Library.Digitization;
using Library.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Activities;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>The Approval Requests List (Alma: Digitization Processing, Approving requests): the queue, the decision signal, copyright clearance and expiry.</summary>
public static class ApprovalEndpoints
{
    public static IEndpointRouteBuilder MapApprovals(this IEndpointRouteBuilder app)
    {
        // A literal segment outranks the generic /api/signals/{name}/{key}, so approvals always pass these checks. The
        // decision is an OptionalBody, not a bound body: routing would pass over a bound body's endpoint for a request of
        // another media type, or of none, and the generic route would resume the approval unchecked.
        app.MapPost("/api/signals/approval/{requestId:guid}", Decide).Needs(StaffPolicies.Approval).WithTags("Approvals").DocumentsBody<ApprovalDecisionBody>()
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        var approvals = app.MapGroup("/api/approvals").WithTags("Approvals");
        approvals.MapGet("/", List).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status400BadRequest);
        approvals.MapGet("/reasons", () => TypedResults.Ok(new ApprovalReasonLists(ApprovalReasons.Approve, ApprovalReasons.Reject))).Needs(StaffPolicies.Staff);
        approvals.MapGet("/{id:guid}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        approvals.MapPut("/{id:guid}/expiry", UpdateExpiry).Needs(StaffPolicies.Approval).Validate<ExpiryBody>().Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        var copyright = app.MapGroup("/api/requests/{requestId:guid}/copyright").WithTags("Approvals");
        copyright.MapPut("/", UpdateCopyright).Needs(StaffPolicies.Approval).Validate<CopyrightBody>().Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        copyright.MapPost("/attachments", AttachClearance).Needs(StaffPolicies.Approval).DisableAntiforgery().Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> Decide(
        Guid requestId, OptionalBody<ApprovalDecisionBody> decision, LibraryDbContext db, WorkflowRuntime runtime, HttpContext http, CancellationToken ct)
    {
        if (decision.Problem is not null) return decision.Problem;
        if (decision.Value is not { } body) return ApiProblems.Invalid("decision", "Send the decision: { \"decision\": \"approve\" | \"reject\", \"reason\": ... }.");
        var verdict = new ApprovalVerdict(ApprovalDecisions.Parse(body.Decision)!.Value, body.Reason, body.Note);
        var (approval, refusal) = await PendingApprovalAsync(db, requestId, ct);
        if (refusal is not null) return refusal;
        var missing = approval!.MissingCopyrightFields().ToList();
        if (verdict.Decision == ApprovalDecision.Approve && missing.Count > 0)
            return ApiProblems.Conflict($"The rule '{approval.RuleName}' requires copyright clearance: fill in {string.Join(", ", missing)} before approving.");

        var result = await runtime.ResumeAsync(Signal.BookmarkName(ApprovalVerdict.Signal), requestId.ToString(), verdict.ToJson(), ActingAccount.Of(http), ct);
        if (result.Status != ResumeStatus.Resumed) return ResumeProblems.OfAction(result, "The decision", $"the approval of request {requestId}");
        return TypedResults.Ok((await DigitizationRequestView.LoadAsync(db, requestId, ct))!);
    }

    /// <summary>
    /// The queue, oldest first: <c>status</c> pending/approved/rejected, <c>q</c> the Find box as on the in-process list,
    /// <c>sameRecordAs</c> a request id for "Filter by this Record" (<see cref="SameRecord"/>).
    /// </summary>
    private static async Task<Results<Ok<List<ApprovalView>>, ProblemHttpResult>> List(
        LibraryDbContext db, string? status, string? q, Guid? sameRecordAs, CancellationToken ct)
    {
        if (DigitizationRequestQuery.SearchProblem(q) is { } tooLong) return tooLong;
        var requests = DigitizationRequestFilter.Searched(db.DigitizationRequests.AsNoTracking(), q);
        if (sameRecordAs is { } anchorId)
        {
            if (await db.DigitizationRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == anchorId, ct) is not { } anchor)
                return ApiProblems.Invalid("sameRecordAs", $"No digitization request {anchorId} to filter by its record.");
            requests = SameRecord.As(anchor).Apply(requests);
        }
        var query = db.Approvals.AsNoTracking();
        if (status is not null)
        {
            if (!Enum.TryParse<ApprovalStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
                return ApiProblems.Invalid("status", $"Unknown approval status '{status}'; one of: pending, approved, rejected.");
            query = query.Where(a => a.Status == parsed);
        }
        var rows = await query.OrderBy(a => a.CreatedAt)
            .Join(requests, a => a.RequestId, r => r.Id, (a, r) => new { a, r })
            .ToListAsync(ct);
        return TypedResults.Ok(rows.Select(x => ApprovalView.Of(x.a, x.r)).ToList());
    }

    private static async Task<Results<Ok<ApprovalView>, ProblemHttpResult>> Get(Guid id, LibraryDbContext db, CancellationToken ct) =>
        await LoadAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : UnknownApproval(id);

    /// <summary>"Update Expiry": only for a request that has an expiry date; the expiry timer follows the new date.</summary>
    private static async Task<Results<Ok<ApprovalView>, ProblemHttpResult>> UpdateExpiry(
        Guid id, ExpiryBody? body, LibraryDbContext db, WorkflowRuntime runtime, HttpContext http, CancellationToken ct)
    {
        var approval = await db.Approvals.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (approval is null) return UnknownApproval(id);
        var request = await db.DigitizationRequests.AsNoTracking().SingleAsync(r => r.Id == approval.RequestId, ct);
        if (request.ExpiresAt is null)
            return ApiProblems.Conflict($"Request {request.Id} has no expiration date to update: its department sets no work time.");
        if (request.Status.IsClosed())
            return ApiProblems.Conflict($"Request {request.Id} is {request.Status.DisplayName()}; its expiry can no longer change.");

        var payload = new System.Text.Json.Nodes.JsonObject { ["expiresAt"] = body!.ExpiresAt!.Value.ToUniversalTime() };
        var result = await runtime.ResumeAsync(DigitizationBookmarks.ChangeExpiry, DigitizationBookmarks.RequestKey(request.Id), payload, ActingAccount.Of(http), ct);
        if (result.Status != ResumeStatus.Resumed) return ResumeProblems.OfAction(result, "Update Expiry", $"request {request.Id}");
        return TypedResults.Ok((await LoadAsync(db, id, ct))!);
    }

    private static async Task<Results<Ok<ApprovalView>, ProblemHttpResult>> UpdateCopyright(
        Guid requestId, CopyrightBody? body, LibraryDbContext db, CancellationToken ct)
    {
        var (approval, refusal) = await PendingApprovalAsync(db, requestId, ct);
        if (refusal is not null) return refusal;
        approval!.Copyright.CcNumber = body!.CcNumber;
        approval.Copyright.CcOrderDate = body.CcOrderDate;
        approval.Copyright.CcApprovalDate = body.CcApprovalDate;
        approval.Copyright.Note = body.Note;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await LoadAsync(db, approval.Id, ct))!);
    }

    /// <summary>Quick Add on the approval page: evidence such as a clearance confirmation, kept with the request, never sent.</summary>
    private static async Task<Results<Created<ApprovalView>, ProblemHttpResult>> AttachClearance(
        Guid requestId, [AsParameters] AttachmentForm form, LibraryDbContext db, AttachmentStore store, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (form.Problem() is { } invalid) return invalid;
        var (approval, refusal) = await PendingApprovalAsync(db, requestId, ct);
        if (refusal is not null) return refusal;

        var id = Guid.CreateVersion7();
        var file = form.File!;
        var fileName = Path.GetFileName(file.FileName);
        await using var content = file.OpenReadStream();
        var path = await store.SaveAsync(requestId, id, fileName, content, ct);
        db.Attachments.Add(new Attachment
        {
            Id = id, RequestId = requestId, Purpose = AttachmentPurpose.CopyrightClearance, FileName = fileName,
            ContentType = FileUpload.ContentTypeOf(file), Size = file.Length, StoragePath = path,
            Url = form.SourceUrl, Note = form.Note, AddedAt = clock.GetUtcNow().UtcDateTime, AddedBy = ActingAccount.Of(http),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            AttachmentStore.Discard(path);
            throw;
        }
        return TypedResults.Created($"/api/requests/{requestId}/attachments/{id}", (await LoadAsync(db, approval!.Id, ct))!);
    }

    /// <summary>The request's pending approval, tracked so the caller can edit it, or the 404/409 to answer instead.</summary>
    private static async Task<(ApprovalRequest? Approval, ProblemHttpResult? Refusal)> PendingApprovalAsync(
        LibraryDbContext db, Guid requestId, CancellationToken ct)
    {
        if (!await db.DigitizationRequests.AnyAsync(r => r.Id == requestId, ct)) return (null, DigitizationRequestEndpoints.UnknownRequest(requestId));
        var approval = await db.Approvals.SingleOrDefaultAsync(a => a.RequestId == requestId, ct);
        return approval switch
        {
            null => (null, ApiProblems.Conflict($"Request {requestId} needs no approval: its profile rule asks for none.")),
            { Status: not ApprovalStatus.Pending } => (null, ApiProblems.Conflict($"The approval of request {requestId} is already {approval.Status.ToString().ToLowerInvariant()}.")),
            _ => (approval, null),
        };
    }

    private static async Task<ApprovalView?> LoadAsync(LibraryDbContext db, Guid id, CancellationToken ct)
    {
        var approval = await db.Approvals.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (approval is null) return null;
        var request = await db.DigitizationRequests.AsNoTracking().Include(r => r.Attachments).SingleAsync(r => r.Id == approval.RequestId, ct);
        return ApprovalView.Of(approval, request);
    }

    private static ProblemHttpResult UnknownApproval(Guid id) => ApiProblems.NotFound($"No approval request {id}.");
}
