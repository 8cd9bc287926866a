using Library.Catalogue;
using Library.Iso18626;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Lending;

/// <summary>
/// Finds the catalogue item an ISO 18626 request asks for, by the first of its identifiers that matches anything: the
/// supplier's unique record id as a barcode, then an ISBN or ISSN, then the exact title (case aside). One match locates
/// the item; none, or more than one, leaves it unlocated, and the request becomes Locate Failed (Alma: Managing Resource
/// Sharing Lending Requests, automatic requests whose resource is not found).
/// </summary>
public static class RequestedItemSearch
{
    public static async Task<(CatalogueItem? Item, string Why)> FindAsync(LibraryDbContext db, BibliographicInfo asked, CancellationToken ct)
    {
        var items = db.CatalogueItems.AsNoTracking();
        var searches = new List<(string What, IQueryable<CatalogueItem> Query)>();
        if (asked.SupplierUniqueRecordId is { } recordId)
            searches.Add(($"barcode {recordId}", items.Where(i => i.Barcode == recordId)));
        foreach (var id in asked.BibliographicItemIds)
        {
            var number = Normalized(id.Identifier);
            if (id.Code.Equals("ISBN", StringComparison.OrdinalIgnoreCase))
                searches.Add(($"ISBN {id.Identifier}", items.Where(i => i.Isbn != null && i.Isbn.Replace("-", "").Replace(" ", "") == number)));
            else if (id.Code.Equals("ISSN", StringComparison.OrdinalIgnoreCase))
                searches.Add(($"ISSN {id.Identifier}", items.Where(i => i.Issn != null && i.Issn.Replace("-", "").Replace(" ", "") == number)));
        }
        if (asked.Title is { } title)
        {
            var lower = title.ToLowerInvariant();
            searches.Add(($"title \"{title}\"", items.Where(i => i.Title.ToLower() == lower)));
        }

        foreach (var (what, query) in searches)
        {
            var found = await query.OrderBy(i => i.Barcode).Take(2).ToListAsync(ct);
            if (found.Count == 1) return (found[0], $"located by {what}");
            if (found.Count > 1) return (null, $"more than one item with {what}");
        }
        return (null, searches.Count == 0 ? "the request names no identifier or title" : "no item matches");
    }

    /// <summary>ISBNs and ISSNs are compared without the hyphens and spaces they are written with.</summary>
    private static string Normalized(string number) => number.Replace("-", "").Replace(" ", "").ToUpperInvariant();
}
