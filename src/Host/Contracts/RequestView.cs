using Library.Approvals;
using Library.Persistence;
using Library.Requests;
using Library.Rules;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;

namespace Library.Host.Contracts;

/// <summary>
/// A request as the API shows it: its data, where its workflow waits, its files and its history; a lending request's
/// digitization names that lending request.
/// </summary>
public sealed record RequestView(
    Guid Id,
    RequestStatus Status,
    RequesterBody Requester,
    ItemBody Item,
    RequestScope Scope,
    PartBody? Part,
    string Department,
    string? Note,
    Guid? LendingRequestId,
    CancellationView? Cancellation,
    RuleView Rule,
    ApprovalSummary? Approval,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ExpiresAt,
    WorkflowView? Workflow,
    IReadOnlyList<string> Actions,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<RepresentationSummary> Representations,
    IReadOnlyList<HistoryView> History)
{
    /// <summary>
    /// Two queries: the request with its files, approval and representations, then its workflow instance with the
    /// history. What the workflow waits for is read from the instance's state, which lists every open bookmark.
    /// </summary>
    public static async Task<RequestView?> LoadAsync(LibraryDbContext db, Guid id, CancellationToken ct)
    {
        // One query for both collections: a request has a few files or a few representations, rarely both.
        var found = await db.DigitizationRequests.AsNoTracking().AsSingleQuery()
            .Where(r => r.Id == id)
            .SelectMany(r => db.Approvals.Where(a => a.RequestId == r.Id).DefaultIfEmpty(), (r, approval) => new
            {
                Request = r,
                Approval = approval,
                Attachments = r.Attachments.OrderBy(a => a.AddedAt).ToList(),
                Representations = db.Representations.Where(p => p.RequestId == r.Id).OrderBy(p => p.CreatedAt)
                    .Select(p => new RepresentationSummary(p.Id, p.UsageType, p.Active, p.Files.Count)).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null) return null;
        var (request, approval, representations) = (found.Request, found.Approval, found.Representations);

        var key = id.ToString();
        var trace = await WorkflowTrace.LoadAsync(db, db.Instances
            // A lending request's digitization runs as its child; approvals are children sharing the request's id.
            .Where(i => i.CorrelationId == key && (i.ParentInstanceId == null || i.DefinitionId == DigitizationRequests.WorkflowId))
            .OrderBy(i => i.CreatedAt), ct);

        return new RequestView(
            request.Id,
            request.Status,
            new RequesterBody(request.Requester.Id, request.Requester.Email, request.Requester.UserGroup, request.Requester.Type == RequesterType.Staff ? "staff" : "patron"),
            new ItemBody(request.Item.Barcode, request.Item.Title, request.Item.Library, request.Item.Location, request.Item.MaterialType),
            request.Scope,
            request.Part is null ? null : new PartBody(request.Part.Title, request.Part.Author, request.Part.Pages),
            request.Department,
            request.Note,
            request.LendingRequestId,
            request.CancellationReason is null ? null : new CancellationView(request.CancellationReason, request.CancellationNote),
            RuleView.Of(request.Routing),
            approval is null ? null : new ApprovalSummary(approval.Id, approval.Status, approval.Management, approval.Reason, approval.DecidedBy, approval.DecidedAt),
            request.CreatedAt,
            request.UpdatedAt,
            request.ExpiresAt,
            trace.Workflow,
            RequestActions.Of(trace.Workflow?.WaitingFor ?? []),
            found.Attachments
                .Select(a => new AttachmentView(a.Id, a.Purpose, a.FileName, a.ContentType, a.Size, a.Url, a.Note, a.AddedAt, a.AddedBy)).ToList(),
            representations,
            trace.History);
    }
}

public sealed record CancellationView(string Reason, string? Note);

/// <summary>
/// Where a workflow instance stands: <see cref="WaitingFor"/> the bookmark names it waits on, <see cref="WaitingAt"/>
/// the activities it waits in (to highlight on its flowchart).
/// </summary>
public sealed record WorkflowView(Guid InstanceId, string Definition, int Version, WorkflowStatus Status, string? Result,
    IReadOnlyList<string> WaitingFor, IReadOnlyList<string> WaitingAt, string? Fault);

/// <summary>The profile rule that routed the request and what it decided ("View Rule" in seed 002).</summary>
public sealed record RuleView(int Id, string Name, DigitizationTarget Target, int? MaxAccessCount, bool Approval, bool CopyrightClearance,
    ApprovalManagement? ApprovalManagement, string? ApprovalReason)
{
    public static RuleView Of(Routing r) => new(r.RuleId, r.RuleName, r.Target, r.MaxAccessCount, r.Approval, r.CopyrightClearance, r.ApprovalManagement, r.ApprovalReason);
}

public sealed record ApprovalSummary(Guid Id, ApprovalStatus Status, ApprovalManagement Management, string? Reason, string? DecidedBy, DateTime? DecidedAt);

public sealed record RepresentationSummary(Guid Id, string UsageType, bool Active, int Files);

public sealed record AttachmentView(Guid Id, AttachmentPurpose Purpose, string FileName, string ContentType, long Size, string? Url, string? Note, DateTime AddedAt, string AddedBy);

public sealed record HistoryView(int Sequence, DateTime At, string Actor, string Activity, string Type, string? Outcome, string? Note);

/// <summary>A row of the in-process items list, with the row actions valid now.</summary>
public sealed record RequestSummary(Guid Id, RequestStatus Status, string Barcode, string Title, string? PartTitle, RequestScope Scope,
    string Department, DigitizationTarget Target, string RequesterId, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<string> Actions);
