using Library.Lending;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;

using Workflows.Runtime;
using Workflows.Traces;

namespace Library.Host.Contracts;

/// <summary>
/// A lending request as the API shows it: its data, the actions its status and its partner's profile allow now (who may
/// reassign it is checked when assigning), notes, partner messages, and the history of its workflow.
/// </summary>
public sealed record LendingRequestView(
    Guid Id,
    LendingStatus Status,
    bool Active,
    IReadOnlyList<LendingActionView> AllowedActions,
    LendingPartnerView Partner,
    string ExternalId,
    RequestedFormat RequestedFormat,
    LendingItemView Item,
    string? RequesterEmail,
    DateOnly? NeededBy,
    string? Note,
    string? Assignee,
    DateOnly? DueDate,
    string? RejectionReason,
    string? InternalRejectionReason,
    ConditionView? Condition,
    CancelRequestView? CancelRequest,
    IReadOnlyList<string> ShippedBarcodes,
    DigitalShipmentView? DigitalShipment,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyList<NoteView> Notes,
    IReadOnlyList<CommunicationView> Communications,
    IReadOnlyList<IsoMessageView> IsoMessages,
    IReadOnlyList<AlertView> Alerts,
    WorkflowView? Workflow,
    IReadOnlyList<HistoryView> History)
{
    public static async Task<LendingRequestView?> LoadAsync(LibraryDbContext db, WorkflowDefinitionStore definitions, Guid id, CancellationToken ct)
    {
        var r = await db.LendingRequests.AsNoTracking().AsSplitQuery()
            .Include(x => x.Notes).Include(x => x.Communications).Include(x => x.IsoMessages)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;

        var traces = new WorkflowTraces(db);
        var trace = await traces.FindAsync(id.ToString(), LendingWorkflow.Id, ct);
        var position = await traces.PositionAsync(id.ToString(), LendingWorkflow.Id, ct);
        var definition = position is null ? null : await definitions.GetAsync(LendingWorkflow.Id, position.DefinitionVersion, ct);

        var partner = r.Partner;
        var profile = partner.Profile;
        return new LendingRequestView(
            r.Id, r.Status, r.Active,
            LendingRequestActions.Of(r, position, definition?.Definition),
            new LendingPartnerView(partner.Code, partner.Name, partner.Email, partner.ProfileType,
                new PartnerProfileView(profile.AwaitDigitalReceipt, profile.WillSupplyStep, profile.ManualRenewStep, profile.ReactivateStep, profile.IsoCheckInMessage), partner.Language),
            r.ExternalId, r.RequestedFormat,
            new LendingItemView(r.Item.Barcode, r.Item.Title, r.Item.Author, r.Item.Isbn, r.Item.Library, r.Item.Location, r.Item.Located),
            r.RequesterEmail, r.NeededBy, r.Note, r.Assignee, r.DueDate, r.RejectionReason, r.InternalRejectionReason,
            r.InterruptedStatus is null ? null : new ConditionView(r.ConditionReason, r.ConditionReplyBy, r.InterruptedStatus.Value),
            r.CancelInterruptedStatus is { } cancelInterrupted ? new CancelRequestView(cancelInterrupted) : null,
            r.ShippedBarcodes,
            r.DigitalShipment is { } d
                ? new DigitalShipmentView(d.Files.OrderBy(f => f.Id).Select(f => new ShippedFileView(f.FileName, f.ContentType)).ToList(),
                    d.Url, d.MaxAccessCount, d.AvailableUntil, d.TermsOfUse)
                : null,
            r.CreatedAt, r.UpdatedAt,
            r.Notes.OrderBy(n => n.At).Select(n => new NoteView(n.Kind, n.Text, n.Author, n.At)).ToList(),
            r.Communications.OrderBy(c => c.At).Select(c => new CommunicationView(c.To, c.Subject, c.Body, c.Sender, c.At)).ToList(),
            r.IsoMessages.OrderBy(m => m.At).ThenBy(m => m.Id).Select(IsoMessageView.Of).ToList(),
            AlertsOf(r),
            trace is null ? null : WorkflowView.Of(trace),
            HistoryView.Of(trace));
    }

    /// <summary>The alerts staff see on the request page and in its list row: the request's own, then those not dismissed.</summary>
    public static List<AlertView> AlertsOf(LendingRequest r)
    {
        var own = RequesterEmailEmpty.AppliesToRequest(r) ? [new AlertView(null, RequesterEmailEmpty.Message, null, r.CreatedAt)] : new List<AlertView>();
        return [.. own, .. r.Alerts.Where(a => !a.Dismissed).OrderBy(a => a.Id).Select(a => new AlertView(a.Id, a.Message, a.LinkedRequestId, a.UpdatedAt)),
            .. r.IsoMessages.Where(PartnerMessageError.IsRaisedBy).OrderBy(m => m.Id)
                .Select(m => new AlertView(m.Id, PartnerMessageError.Message, null, m.ConfirmedAt!.Value))];
    }
}
