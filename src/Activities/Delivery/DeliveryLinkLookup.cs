using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Delivery;

public static class DeliveryLinkLookup
{
    /// <summary>
    /// The request's newest download link, also when the step that issued it has not committed yet (the letter and the
    /// end of a lending request's digitization run in the same unit of work as <see cref="CreateDeliveryLink"/>).
    /// </summary>
    public static async Task<DeliveryLink> LinkOfAsync(this LibraryDbContext db, Guid requestId, CancellationToken ct) =>
        db.DeliveryLinks.Local.FirstOrDefault(l => l.RequestId == requestId)
        ?? await db.DeliveryLinks.OrderByDescending(l => l.CreatedAt).FirstAsync(l => l.RequestId == requestId, ct);
}
