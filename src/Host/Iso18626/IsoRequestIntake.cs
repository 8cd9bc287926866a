using Library.Iso18626;
using Library.Lending;
using Library.Persistence;
using Library.ResourceSharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Library.Host.Iso18626;

/// <summary>
/// An ISO 18626 <c>request</c> becomes a lending request for the partner that sent it, through
/// <see cref="LendingRequests.StartAsync"/>: the item located in the catalogue (<see cref="RequestedItemSearch"/>), the
/// requesting agency's request id as the external id. The same id from the same partner again is answered OK and
/// creates nothing: its key is taken in the same commit as the request, so two sent at once make one.
/// </summary>
public sealed class IsoRequestIntake(
    LibraryDbContext db, LendingRequests lending, IOptions<LendingSettings> settings, TimeProvider clock, ILogger<IsoRequestIntake> log)
{
    private const int MaxRequestIdLength = 100;

    public async Task<Iso18626Message> TakeAsync(Request request, ResourceSharingPartner partner, IsoReceipt receipt, CancellationToken ct)
    {
        var requestId = request.Header.RequestingAgencyRequestId;
        if (requestId.Length > MaxRequestIdLength)
            return receipt.Confirmation(Now, new ErrorData(ErrorType.UnrecognisedDataValue,
                $"requestingAgencyRequestId: longer than {MaxRequestIdLength} characters"));
        if (!partner.Active)
            return receipt.Confirmation(Now, new ErrorData(ErrorType.UnrecognisedDataValue,
                $"requestingAgencyId: partner {partner.Code} is inactive and takes no new requests"));
        if (await RepeatAsync(partner.Code, requestId, receipt, ct) is { } repeated)
            return repeated;

        var (item, why) = await RequestedItemSearch.FindAsync(db, request.BibliographicInfo, ct);
        var profile = await db.LendingWorkflowProfiles.AsNoTracking().SingleAsync(p => p.Code == partner.WorkflowProfile, ct);
        var confirmation = receipt.Confirmation(Now);
        try
        {
            var created = await lending.StartAsync(Incoming(request, partner.Snapshot(profile), item), $"partner:{partner.Code}", ct, started =>
            {
                db.IsoReceivedRequests.Add(new IsoReceivedRequest
                {
                    PartnerCode = partner.Code, RequestingAgencyRequestId = requestId, LendingRequestId = started.Id,
                });
                started.IsoMessages.Add(receipt.Recorded("Request", request.ServiceInfo?.Note, confirmation, Now));
            });
            log.LogInformation("ISO 18626 request {RequestId} of {Partner} is lending request {Id}: {Why}", requestId, partner.Code, created.Id, why);
            return confirmation;
        }
        catch (DbUpdateException)
        {
            // The same request, sent at the same time, took the key first: this one is its repeat.
            db.ChangeTracker.Clear();
            if (await RepeatAsync(partner.Code, requestId, receipt, ct) is { } concurrent) return concurrent;
            throw;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A request already taken: answered OK again, the repeat recorded on it.</summary>
    private async Task<Iso18626Message?> RepeatAsync(string partnerCode, string requestId, IsoReceipt receipt, CancellationToken ct)
    {
        var key = await db.IsoReceivedRequests.AsNoTracking()
            .SingleOrDefaultAsync(k => k.PartnerCode == partnerCode && k.RequestingAgencyRequestId == requestId, ct);
        if (key is null) return null;
        var existing = await db.LendingRequests.SingleAsync(r => r.Id == key.LendingRequestId, ct);
        var confirmation = receipt.Confirmation(Now);
        existing.IsoMessages.Add(receipt.Recorded("Request", "The same request again: nothing new was created", confirmation, Now));
        await db.SaveChangesAsync(ct);
        return confirmation;
    }

    private NewLendingRequest Incoming(Request request, LendingPartner partner, Catalogue.CatalogueItem? item)
    {
        var asked = request.BibliographicInfo;
        var service = request.ServiceInfo;
        // An item not located keeps what the partner sent, so staff can see it, and belongs to the library that locates
        // it; its barcode is the partner's record id, which the locate step finds nothing under, as the search did not.
        var lendingItem = item is not null
            ? new LendingItem
            {
                Barcode = item.Barcode, Title = item.Title, Author = item.Author, Isbn = item.Isbn, Library = item.Library, Location = item.Location,
            }
            : new LendingItem
            {
                Barcode = Cut(asked.SupplierUniqueRecordId ?? "", 100),
                Title = Cut(asked.Title ?? "(no title)", 500),
                Author = asked.Author is { } author ? Cut(author, 300) : null,
                Isbn = asked.BibliographicItemIds.FirstOrDefault(i => i.Code.Equals("ISBN", StringComparison.OrdinalIgnoreCase))?.Identifier is { } isbn
                    ? Cut(isbn, 20) : null,
                Library = settings.Value.IsoDefaultLibrary,
                Location = "",
            };
        var format = service?.ServiceType == ServiceType.Copy ? RequestedFormat.Digital : RequestedFormat.Physical;
        var neededBy = service?.NeedBeforeDate is { } date
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(date, settings.Value.InstitutionTimeZone()))
            : (DateOnly?)null;
        return new NewLendingRequest(partner, request.Header.RequestingAgencyRequestId, format, lendingItem,
            request.PatronInfo?.Email ?? request.RequestedDeliveryEmail, neededBy, service?.Note);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
