using Library.Delivery;
using Library.Moves;
using Library.Persistence;
using Library.Digitization;
using Library.Languages;
using Library.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>
/// The child workflows a lending request starts, and what their ends do to it. Both happen inside the lending
/// workflow's own step, so the child's request, the child instance and the alert commit together.
/// </summary>
public sealed class LinkedRequests(
    LibraryDbContext db, MoveRequests moves, RequestPolicy policy, IOptions<DeliveryOptions> delivery, IOptions<LendingSettings> settings,
    IOptions<LetterSettings> letters)
{
    /// <summary>
    /// "Create move request": the item goes from where the catalogue has it now (the partner's request may name an
    /// older place) to the resource-sharing place.
    /// </summary>
    public async Task StartMoveAsync(LendingRequest request, Place to, string? note, ActivityContext context)
    {
        var item = await db.CatalogueItems.AsNoTracking().SingleAsync(i => i.Barcode == request.Item.Barcode, context.CancellationToken);
        var from = Place.Shelf(item.Library, item.Location);
        var move = moves.Record(new NewMove(request.Item.Barcode, from, to, Note: note, ForLending: LendingReference.Of(request)), context.Actor, context.UtcNow);
        var child = await context.StartChildAsync(MoveRequests.WorkflowId, MoveRequests.WorkflowInput(move.Id));
        request.Alerts.Add(new LendingAlert
        {
            Kind = LinkedRequestKind.Move, State = LinkedRequestState.InProcess,
            ChildInstanceId = child, LinkedRequestId = move.Id, UpdatedAt = context.UtcNow,
        });
    }

    /// <summary>
    /// "Create digitization request": the partner is the requester, as resource-sharing staff acting for it (user group
    /// <see cref="LendingSettings.PartnerUserGroup"/>), with its e-mail, so the library's profile rules and departments
    /// decide as for any request.
    /// </summary>
    public async Task<(PolicyDecision Decision, DigitizationRequest? Request)> DigitizationAsync(
        LendingRequest lending, string department, string? note, DateTime now, CancellationToken ct)
    {
        var item = await db.CatalogueItems.AsNoTracking().SingleAsync(i => i.Barcode == lending.Item.Barcode, ct);
        var requester = new Requester
        {
            Id = lending.Partner.Code, Name = lending.Partner.Name, Email = lending.Partner.Email!, UserGroup = settings.Value.PartnerUserGroup,
            Type = RequesterType.Staff, Language = letters.Value.InstitutionLanguage(),
        };
        var requested = new RequestedItem
        {
            Barcode = item.Barcode, Title = item.Title, Library = item.Library, Location = item.Location, Isbn = item.Isbn,
            Issn = Catalogue.Issn.Normalized(item.Issn),
        };
        var facts = new RequestFacts(requester.UserGroup, item.Library, item.Location, null, DigitizationScope.Full, requester.Type);
        var decision = await policy.DecideAsync(facts, requester.Id, department, ct);
        return (decision, decision is PolicyDecision.Allowed allowed
            ? DigitizationRequests.New(requester, requested, DigitizationScope.Full, null, note ?? $"For {lending.Partner.Name}, {lending.ExternalId}", allowed, now, lending.Id)
            : null);
    }

    /// <summary>Records the digitization request and starts its workflow as a child correlated with that request.</summary>
    public async Task StartDigitizationAsync(LendingRequest lending, DigitizationRequest request, ActivityContext context)
    {
        db.DigitizationRequests.Add(request);
        (await db.PatronLoadOfAsync(request.Requester.Id, context.CancellationToken)).Opened();
        var child = await context.StartChildAsync(DigitizationRequests.WorkflowId, DigitizationRequests.WorkflowInput(request), request.Id.ToString());
        lending.Alerts.Add(new LendingAlert
        {
            Kind = LinkedRequestKind.Digitization, State = LinkedRequestState.InProcess,
            ChildInstanceId = child, LinkedRequestId = request.Id, UpdatedAt = context.UtcNow,
        });
    }

    /// <summary>
    /// What a completed digitization ships to the partner, as its profile rule delivered it: the download link (with
    /// its access limit and cleanup date) when the target is a link, else every delivered file; null when it delivered
    /// nothing to send, as when it went to the digital inventory.
    /// </summary>
    public async Task<DigitalShipment?> ShipmentOfAsync(LendingAlert digitization, CancellationToken ct)
    {
        var requestId = digitization.LinkedRequestId;
        var target = await db.DigitizationRequests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.Routing.Target).SingleAsync(ct);
        if (target == DigitizationTarget.DocumentDeliveryLink)
        {
            var link = await db.LinkOfAsync(requestId, ct);
            return new DigitalShipment { Url = delivery.Value.UrlOf(link), MaxAccessCount = link.MaxAccessCount, AvailableUntil = link.CleanupAt };
        }
        var files = await db.Attachments.AsNoTracking()
            .Where(a => a.RequestId == requestId && a.Purpose == AttachmentPurpose.Delivery).OrderBy(a => a.AddedAt)
            .Select(a => new ShippedFile { Id = a.Id, FileName = a.FileName, ContentType = a.ContentType, StoragePath = a.StoragePath })
            .ToListAsync(ct);
        return files.Count == 0 ? null : new DigitalShipment { Files = files };
    }

    /// <summary>A child ended: its alert says how, and shows again even if staff dismissed the "in process" one.</summary>
    public static LendingAlert Ended(LendingRequest request, string childInstanceId, bool cancelled, DateTime now)
    {
        var alert = request.Alerts.Single(a => a.ChildInstanceId.ToString() == childInstanceId);
        alert.State = cancelled ? LinkedRequestState.Cancelled : LinkedRequestState.Completed;
        alert.Dismissed = false;
        alert.UpdatedAt = now;
        request.UpdatedAt = now;
        return alert;
    }
}
