using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Digitization;

/// <summary>Which inventories of a requested item the institution has, to digitize it from.</summary>
public static class InventoryLookup
{
    /// <summary>
    /// The oldest active representation of the item's record in the repository: made from the same item (barcode) or
    /// of the same bibliographic record (MMS id). An inactive one still waits for its own request's approval.
    /// </summary>
    public static Task<Guid?> ElectronicInventoryOfAsync(this LibraryDbContext db, RequestedItem item, CancellationToken ct)
    {
        var (barcode, mmsId) = (item.Barcode, item.MmsId);
        return db.Representations.AsNoTracking()
            .Where(r => r.Active && (r.Barcode == barcode || (mmsId != null && r.MmsId == mmsId)))
            .OrderBy(r => r.CreatedAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The catalogue holds the item and it is not flagged missing, so it can be fetched from its shelf.</summary>
    public static Task<bool> HasPhysicalInventoryAsync(this LibraryDbContext db, string barcode, CancellationToken ct) =>
        db.CatalogueItems.AsNoTracking().AnyAsync(i => i.Barcode == barcode && i.MissingSince == null, ct);
}
