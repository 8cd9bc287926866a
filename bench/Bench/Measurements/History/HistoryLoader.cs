using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Bench.Measurements.History;

/// <summary>
/// Writes copies of the template's rows into a database file: one prepared INSERT per template row, many copies per
/// transaction. The file is a fixture made before the service starts, so it is written with <c>synchronous=OFF</c>
/// and checkpointed at the end; the service then runs on it with its own settings. Rows go in template order, table by
/// table, so foreign keys are checked once after a load (<see cref="ForeignKeyProblemsAsync"/>) rather than per row.
/// </summary>
public sealed class HistoryLoader(TemplateRows template)
{
    private const int CopiesPerTransaction = 5_000;

    public async Task<TimeSpan> LoadAsync(string file, int count)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = await OpenAsync(file);
        await ExecuteAsync(connection, "PRAGMA foreign_keys=OFF; PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        var inserts = template.Rows.Select(row => Insert(connection, row)).ToList();
        for (var start = 0; start < count; start += CopiesPerTransaction)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            foreach (var insert in inserts) insert.Transaction = transaction;
            for (var n = start; n < Math.Min(count, start + CopiesPerTransaction); n++)
            {
                var copy = HistoryCopy.Number(n, template.IdCount, template.Time);
                for (var r = 0; r < inserts.Count; r++)
                {
                    var cells = template.Rows[r].Cells;
                    for (var c = 0; c < cells.Count; c++)
                        inserts[r].Parameters[c].Value = cells[c] switch { null => DBNull.Value, CellRecipe recipe => recipe.Render(copy), var value => value };
                    inserts[r].ExecuteNonQuery();
                }
            }
            await transaction.CommitAsync();
        }
        foreach (var insert in inserts) await insert.DisposeAsync();
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return watch.Elapsed;
    }

    /// <summary>Rows whose foreign keys point nowhere, as <c>PRAGMA foreign_key_check</c> names them; none in a good load.</summary>
    public static async Task<List<string>> ForeignKeyProblemsAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check";
        var problems = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) problems.Add($"{reader.GetString(0)} row {reader.GetValue(1)} -> {reader.GetString(2)}");
        return problems;
    }

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static SqliteCommand Insert(SqliteConnection connection, TemplateRow row)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{row.Table}\" ({string.Join(", ", row.Columns.Select(c => $"\"{c}\""))}) " +
                              $"VALUES ({string.Join(", ", row.Columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < row.Columns.Count; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
