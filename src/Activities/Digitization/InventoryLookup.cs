using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Digitization;

/// <summary>
/// Which inventories of a requested item the institution has, to digitize it from: electronic, an active representation
/// in the repository made from the same item (barcode) or of the same bibliographic record (MMS id), since an inactive
/// one still waits for its own request's approval; physical, the catalogue holding the item not flagged missing.
/// </summary>
public static class InventoryLookup
{
    /// <summary>The oldest representation that is the item's electronic inventory.</summary>
    public static Task<Guid?> ElectronicInventoryOfAsync(this LibraryDbContext db, RequestedItem item, CancellationToken ct)
    {
        var (barcode, mmsId) = (item.Barcode, item.MmsId);
        return db.Representations.AsNoTracking()
            .Where(r => r.Active && (r.Barcode == barcode || (mmsId != null && r.MmsId == mmsId)))
            .OrderBy(r => r.CreatedAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
    }

    public static Task<bool> HasPhysicalInventoryAsync(this LibraryDbContext db, string barcode, CancellationToken ct) =>
        db.CatalogueItems.AsNoTracking().AnyAsync(i => i.Barcode == barcode && i.MissingSince == null, ct);

    /// <summary>Those of <paramref name="items"/> (barcode, MMS id) that have electronic inventory, in one query.</summary>
    public static async Task<HashSet<(string Barcode, string? MmsId)>> WithElectronicInventoryAsync(
        this LibraryDbContext db, IReadOnlyCollection<(string Barcode, string? MmsId)> items, CancellationToken ct)
    {
        var barcodes = items.Select(i => i.Barcode).Distinct().ToList();
        var mmsIds = items.Where(i => i.MmsId is not null).Select(i => i.MmsId!).Distinct().ToList();
        var represented = await db.Representations.AsNoTracking()
            .Where(r => r.Active && (barcodes.Contains(r.Barcode) || (r.MmsId != null && mmsIds.Contains(r.MmsId))))
            .Select(r => new { r.Barcode, r.MmsId }).ToListAsync(ct);
        return items.Where(i => represented.Any(r => r.Barcode == i.Barcode || (i.MmsId is not null && r.MmsId == i.MmsId))).ToHashSet();
    }

    /// <summary>Those of <paramref name="barcodes"/> that have physical inventory, in one query.</summary>
    public static async Task<HashSet<string>> WithPhysicalInventoryAsync(this LibraryDbContext db, IReadOnlyCollection<string> barcodes, CancellationToken ct) =>
        (await db.CatalogueItems.AsNoTracking().Where(i => i.MissingSince == null && barcodes.Contains(i.Barcode))
            .Select(i => i.Barcode).ToListAsync(ct)).ToHashSet();
}
