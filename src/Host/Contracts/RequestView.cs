using Library.Approvals;
using Library.Persistence;
using Library.Requests;
using Library.Rules;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;

namespace Library.Host.Contracts;

/// <summary>A request as the API shows it: its data, where its workflow waits, its files and its history.</summary>
public sealed record RequestView(
    Guid Id,
    RequestStatus Status,
    RequesterBody Requester,
    ItemBody Item,
    RequestScope Scope,
    PartBody? Part,
    string Department,
    string? Note,
    CancellationView? Cancellation,
    RuleView Rule,
    ApprovalSummary? Approval,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ExpiresAt,
    WorkflowView? Workflow,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<RepresentationSummary> Representations,
    IReadOnlyList<HistoryView> History)
{
    public static async Task<RequestView?> LoadAsync(LibraryDbContext db, Guid id, CancellationToken ct)
    {
        var request = await db.DigitizationRequests.AsNoTracking()
            .Include(r => r.Attachments)
            .SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return null;

        var key = id.ToString();
        var instance = await db.Instances.AsNoTracking()
            .Where(i => i.CorrelationId == key && i.ParentInstanceId == null)
            .OrderBy(i => i.CreatedAt)
            .FirstOrDefaultAsync(ct);
        var history = instance is null
            ? []
            : await db.History.AsNoTracking()
                .Where(h => h.InstanceId == instance.Id)
                .OrderBy(h => h.Sequence)
                .Select(h => new HistoryView(h.Sequence, h.At, h.Actor, h.ActivityId, h.ActivityType, h.Outcome, h.Note))
                .ToListAsync(ct);
        var approval = await db.Approvals.AsNoTracking().SingleOrDefaultAsync(a => a.RequestId == id, ct);
        var representations = await db.Representations.AsNoTracking().Where(r => r.RequestId == id).OrderBy(r => r.CreatedAt)
            .Select(r => new RepresentationSummary(r.Id, r.UsageType, r.Active, r.Files.Count)).ToListAsync(ct);
        var waiting = instance is null
            ? []
            : await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instance.Id)
                .Select(b => b.Name).Distinct().ToListAsync(ct);

        return new RequestView(
            request.Id,
            request.Status,
            new RequesterBody(request.Requester.Id, request.Requester.Email, request.Requester.UserGroup, request.Requester.Type == RequesterType.Staff ? "staff" : "patron"),
            new ItemBody(request.Item.Barcode, request.Item.Title, request.Item.Library, request.Item.Location, request.Item.MaterialType),
            request.Scope,
            request.Part is null ? null : new PartBody(request.Part.Title, request.Part.Author, request.Part.Pages),
            request.Department,
            request.Note,
            request.CancellationReason is null ? null : new CancellationView(request.CancellationReason, request.CancellationNote),
            RuleView.Of(request.Routing),
            approval is null ? null : new ApprovalSummary(approval.Id, approval.Status, approval.Management, approval.Reason, approval.DecidedBy, approval.DecidedAt),
            request.CreatedAt,
            request.UpdatedAt,
            request.ExpiresAt,
            instance is null ? null : new WorkflowView(instance.Id, instance.DefinitionId, instance.DefinitionVersion, instance.Status, instance.Result, waiting.Order().ToList(), instance.Fault),
            request.Attachments.OrderBy(a => a.AddedAt)
                .Select(a => new AttachmentView(a.Id, a.Purpose, a.FileName, a.ContentType, a.Size, a.Url, a.Note, a.AddedAt, a.AddedBy)).ToList(),
            representations,
            history);
    }
}

public sealed record CancellationView(string Reason, string? Note);

public sealed record WorkflowView(Guid InstanceId, string Definition, int Version, WorkflowStatus Status, string? Result, IReadOnlyList<string> WaitingFor, string? Fault);

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

/// <summary>A row of the in-process items list.</summary>
public sealed record RequestSummary(Guid Id, RequestStatus Status, string Barcode, string Title, string? PartTitle, RequestScope Scope,
    string Department, DigitizationTarget Target, string RequesterId, DateTime CreatedAt, DateTime UpdatedAt);
