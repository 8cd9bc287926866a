using Microsoft.Data.Sqlite;

namespace Bench.Measurements.History;

/// <summary>A row the finished request left, with the columns a copy writes (an autoincrement key is left to SQLite).</summary>
public sealed record TemplateRow(string Table, IReadOnlyList<string> Columns, IReadOnlyList<object?> Cells);

/// <summary>
/// Every row one finished request left in the database, found by comparing each table's highest rowid before and after
/// it ran: nothing is named by hand, so whatever a lifecycle writes today is copied. Text cells become
/// <see cref="CellRecipe"/>s.
/// </summary>
public sealed class TemplateRows
{
    private TemplateRows(List<TemplateRow> rows, int idCount, DateTime time)
    {
        Rows = rows;
        IdCount = idCount;
        Time = time;
    }

    public IReadOnlyList<TemplateRow> Rows { get; }

    /// <summary>How many distinct ids the rows hold; each copy gets as many new ones.</summary>
    public int IdCount { get; }

    /// <summary>When the template ran; copies are dated back from it.</summary>
    public DateTime Time { get; }

    /// <summary>Each table's highest rowid now, to tell later rows from these.</summary>
    public static async Task<Dictionary<string, long>> MarkAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        var marks = new Dictionary<string, long>();
        foreach (var table in await TablesAsync(connection))
            marks[table] = await ScalarAsync<long>(connection, $"SELECT coalesce(max(rowid), 0) FROM \"{table}\"");
        return marks;
    }

    public static async Task<TemplateRows> ReadAsync(string file, Dictionary<string, long> before, DateTime time)
    {
        await using var connection = await OpenAsync(file);
        var rows = new List<TemplateRow>();
        var ids = new Dictionary<Guid, int>();
        foreach (var table in await TablesAsync(connection))
        {
            var autoKey = await AutoincrementKeyAsync(connection, table);
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" WHERE rowid > {before.GetValueOrDefault(table)} ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var columns = new List<string>();
                var cells = new List<object?>();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetName(i) == autoKey) continue;
                    columns.Add(reader.GetName(i));
                    cells.Add(reader.IsDBNull(i) ? null : reader.GetValue(i) is string text ? Recipe(text, ids) : reader.GetValue(i));
                }
                rows.Add(new TemplateRow(table, columns, cells));
            }
        }
        return new TemplateRows(rows, ids.Count, time);
    }

    private static object Recipe(string text, Dictionary<Guid, int> ids)
    {
        var recipe = CellRecipe.Parse(text, FinishedRequest.Barcode, ids);
        return recipe.IsLiteral ? text : recipe;
    }

    public IEnumerable<string> Summary() => Rows.GroupBy(r => r.Table).Select(g => $"{g.Key} {g.Count()}");

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> '__EFMigrationsHistory' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    /// <summary>The table's INTEGER PRIMARY KEY, which SQLite numbers itself; null when the key is anything else.</summary>
    private static async Task<string?> AutoincrementKeyAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') WHERE pk = 1 AND upper(type) = 'INTEGER' AND (SELECT count(*) FROM pragma_table_info('{table}') WHERE pk > 0) = 1";
        return await command.ExecuteScalarAsync() as string;
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T));
    }
}
