using Library.Lending;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Iso18626;

/// <summary>The lending request a partner's message names by its own request id.</summary>
public static class IsoRequestLookup
{
    /// <summary>
    /// The request taken from that ISO 18626 request, else the newest of the partner's with that external id (one staff
    /// entered by hand).
    /// </summary>
    public static async Task<LendingRequest?> FindAsync(LibraryDbContext db, string partnerCode, string requestId, CancellationToken ct)
    {
        var key = await db.IsoReceivedRequests.AsNoTracking()
            .SingleOrDefaultAsync(k => k.PartnerCode == partnerCode && k.RequestingAgencyRequestId == requestId, ct);
        return key is not null
            ? await db.LendingRequests.SingleAsync(r => r.Id == key.LendingRequestId, ct)
            : await db.LendingRequests.Where(r => r.Partner.Code == partnerCode && r.ExternalId == requestId)
                .OrderByDescending(r => r.CreatedAt).FirstOrDefaultAsync(ct);
    }
}
