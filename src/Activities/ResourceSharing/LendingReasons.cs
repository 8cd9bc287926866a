using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.ResourceSharing;

/// <summary>Reads and replaces the lending reason lists, each in its configured order.</summary>
public static class LendingReasons
{
    /// <summary>The lists of lending; the store also keeps <see cref="LendingReasonList.DigitizationCancellation"/>, served on its own.</summary>
    public static readonly IReadOnlyList<LendingReasonList> OfLending =
        [LendingReasonList.Rejection, LendingReasonList.InternalRejection, LendingReasonList.Cancellation];

    public static async Task<List<string>> ReasonsOfAsync(this LibraryDbContext db, LendingReasonList list, CancellationToken ct) =>
        await db.LendingReasons.AsNoTracking().Where(r => r.List == list).OrderBy(r => r.Position).Select(r => r.Name).ToListAsync(ct);

    /// <summary>Why <paramref name="list"/> may not be emptied; null when it may.</summary>
    public static string? EmptyListProblem(LendingReasonList list) => list == LendingReasonList.Rejection
        ? "The rejection reason list cannot be empty: rejecting a lending request needs a reason from it."
        : null;

    /// <summary>
    /// Makes <paramref name="list"/> exactly <paramref name="reasons"/>, in that order, rewriting the rows in place so
    /// the unique positions never collide within the one save. Requests keep the reason texts they were given.
    /// </summary>
    public static async Task ReplaceReasonsAsync(this LibraryDbContext db, LendingReasonList list, IReadOnlyList<string> reasons, CancellationToken ct)
    {
        var rows = await db.LendingReasons.Where(r => r.List == list).OrderBy(r => r.Position).ToListAsync(ct);
        for (var i = 0; i < reasons.Count; i++)
        {
            if (i < rows.Count) rows[i].Name = reasons[i];
            else db.LendingReasons.Add(new LendingReason { List = list, Position = i, Name = reasons[i] });
        }
        db.LendingReasons.RemoveRange(rows.Skip(reasons.Count));
        await db.SaveChangesAsync(ct);
    }
}
