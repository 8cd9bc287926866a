using System.Text;

namespace Bench.Measurements.History;

/// <summary>
/// What takes a database file's space. The SQLite the service ships lacks the dbstat table, so this counts the bytes of
/// one finished request's values, table by table; the rest of the file's bytes per request are its indexes and the
/// pages' own overhead.
/// </summary>
public static class SpaceUse
{
    public static IEnumerable<(string Table, long Bytes)> PayloadByTable(TemplateRows template)
    {
        var copy = HistoryCopy.Number(0, template.IdCount, template.Time);
        return template.Rows.GroupBy(r => r.Table)
            .Select(rows => (rows.Key, rows.Sum(row => row.Cells.Sum(cell => Bytes(cell, copy)))))
            .OrderByDescending(t => t.Item2);
    }

    /// <summary>The file's size with its WAL, which the loader has checkpointed.</summary>
    public static long FileBytes(string file) => new FileInfo(file).Length + (File.Exists(file + "-wal") ? new FileInfo(file + "-wal").Length : 0);

    private static long Bytes(object? cell, HistoryCopy copy) => cell switch
    {
        null => 0,
        string text => Encoding.UTF8.GetByteCount(text),
        CellRecipe recipe => Encoding.UTF8.GetByteCount(recipe.Render(copy)),
        byte[] blob => blob.Length,
        _ => 8,
    };
}
