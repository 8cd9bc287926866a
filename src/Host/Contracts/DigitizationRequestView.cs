using Library.Persistence;
using Library.Digitization;
using Library.Languages;
using Library.Rules;
using Microsoft.EntityFrameworkCore;

using Workflows.Traces;

namespace Library.Host.Contracts;

/// <summary>
/// A request as the API shows it: its data, where its workflow waits (and what faulted, its own workflow or a child's),
/// its files and its history; a lending request's digitization names that lending request. <see cref="ViewIt"/> opens
/// the representation an electronic request is digitized from, or the one a request delivered to the repository.
/// </summary>
public sealed record DigitizationRequestView(
    Guid Id,
    DigitizationStatus Status,
    DigitizationInventory Inventory,
    string? ViewIt,
    RequesterBody Requester,
    ItemBody Item,
    ItemWhereaboutsView Whereabouts,
    DigitizationScope Scope,
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
    IReadOnlyList<FaultView> Faults,
    IReadOnlyList<string> Actions,
    IReadOnlyList<AttachmentView> Attachments,
    long AttachmentBytes,
    IReadOnlyList<RepresentationSummary> Representations,
    IReadOnlyList<HistoryView> History)
{
    /// <summary>
    /// Two queries: the request with its files, approval, representations and its item's whereabouts, then the trace of
    /// its workflow together with the faulted instances serving it (on the correlation id's index; almost always none).
    /// </summary>
    public static async Task<DigitizationRequestView?> LoadAsync(LibraryDbContext db, Guid id, CancellationToken ct)
    {
        // One query for its collections: a request has a few files or a few representations, rarely both, and a move back
        // or none.
        var found = await db.DigitizationRequests.AsNoTracking().AsSingleQuery()
            .Where(r => r.Id == id)
            .SelectMany(r => db.Approvals.Where(a => a.RequestId == r.Id).DefaultIfEmpty(), (r, approval) => new
            {
                Request = r,
                Approval = approval,
                Attachments = r.Attachments.OrderBy(a => a.AddedAt).ToList(),
                Representations = db.Representations.Where(p => p.RequestId == r.Id).OrderBy(p => p.CreatedAt)
                    .Select(p => new RepresentationSummary(p.Id, p.UsageType, p.Active, p.Files.Count)).ToList(),
                // All its moves back, joined on their indexed key: the latest taken in a subquery is a window over every
                // move in the library (seconds on a million), as EF Core writes it.
                Backs = db.MoveRequests.Where(m => m.DigitizationRequestId == r.Id).ToList(),
                Missing = db.CatalogueItems.Any(i => i.Barcode == r.Item.Barcode && i.MissingSince != null),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null) return null;
        var (request, approval, representations) = (found.Request, found.Approval, found.Representations);

        // A lending request's digitization runs as its child; approvals are children sharing the request's id.
        var (trace, faults) = await new WorkflowTraces(db).FindWithFaultedAsync(id.ToString(), DigitizationRequests.WorkflowId, ct);

        return new DigitizationRequestView(
            request.Id,
            request.Status,
            request.Inventory,
            (request.SourceRepresentationId ?? representations.FirstOrDefault(p => p.Active)?.Id) is { } shown ? RepresentationView.ViewUrl(shown) : null,
            new RequesterBody(request.Requester.Id, request.Requester.Email, request.Requester.UserGroup,
                request.Requester.Type == RequesterType.Staff ? "staff" : "patron", request.Requester.Name, request.Requester.Language.Code()),
            new ItemBody(request.Item.Barcode, request.Item.Title, request.Item.Library, request.Item.Location, request.Item.MaterialType,
                request.Item.MmsId, request.Item.Isbn, request.Item.Issn, request.Item.Volume, request.Item.Issue),
            ItemWhereaboutsView.Of(request, found.Backs.MaxBy(m => m.CreatedAt), found.Missing),
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
            trace is null ? null : WorkflowView.Of(trace),
            faults.Select(FaultView.Of).ToList(),
            await DigitizationRequestActions.OfRequestAsync(db,
                new InventoryActions.Row(request.Id, request.Status, request.Inventory, request.Item.Barcode, request.Item.MmsId), trace?.WaitingFor ?? [], ct),
            found.Attachments
                .Select(a => new AttachmentView(a.Id, a.Purpose, a.FileName, a.ContentType, a.Size, a.Url, a.Note, a.AddedAt, a.AddedBy)).ToList(),
            found.Attachments.Sum(a => a.Size),
            representations,
            HistoryView.Of(trace));
    }
}
