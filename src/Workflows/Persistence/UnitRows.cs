using Microsoft.EntityFrameworkCore;

namespace Workflows.Persistence;

/// <summary>
/// The rows a unit of work appends to the history and adds to or deletes from the bookmarks: kept by the unit rather
/// than tracked, so that each kind reaches the database in one statement and all in one command (<see cref="RowBatch"/>), in
/// the unit's transaction after its tracked changes.
/// </summary>
internal sealed class UnitRows
{
    public List<HistoryEntry> History { get; } = [];
    public List<Bookmark> NewBookmarks { get; } = [];

    /// <summary>Stored bookmarks the unit consumed or removed.</summary>
    public List<Guid> DeletedBookmarks { get; } = [];

    public bool IsEmpty => History.Count == 0 && NewBookmarks.Count == 0 && DeletedBookmarks.Count == 0;

    /// <summary>Writes every row; a unit saved again after its transaction was rolled back writes them again.</summary>
    public Task WriteAsync(DbContext db, CancellationToken ct)
    {
        var batch = new RowBatch(db);
        batch.Delete<Bookmark>(DeletedBookmarks);
        batch.Insert(NewBookmarks);
        batch.Insert(History);
        return batch.ExecuteAsync(ct);
    }
}
