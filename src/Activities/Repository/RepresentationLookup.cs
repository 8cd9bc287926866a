using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Repository;

public static class RepresentationLookup
{
    /// <summary>
    /// A request's representations with their files. Loading into the context, then reading Local, also finds a
    /// representation added earlier in the same step, which a query alone would miss.
    /// </summary>
    public static async Task<List<Representation>> RepresentationsOfAsync(this LibraryDbContext db, Guid requestId, CancellationToken ct)
    {
        await db.Representations.Include(r => r.Files).Where(r => r.RequestId == requestId).LoadAsync(ct);
        return db.Representations.Local.Where(r => r.RequestId == requestId).ToList();
    }
}
