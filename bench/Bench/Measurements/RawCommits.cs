using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Bench.Measurements;

/// <summary>
/// The database's own limit: one small row inserted and committed per transaction on one connection, with the
/// settings the service uses (WAL, synchronous FULL, the provider's default busy handling).
/// </summary>
public static class RawCommits
{
    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var file = options.NewDatabase("raw");
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE commits (id INTEGER PRIMARY KEY, at TEXT NOT NULL, note TEXT NOT NULL);";
            await setup.ExecuteNonQueryAsync();
        }
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA synchronous;";
            report.Add("sqlite_synchronous", Convert.ToDouble(await check.ExecuteScalarAsync()), "(2 = FULL)");
        }

        var watch = Stopwatch.StartNew();
        var commits = 0;
        while (watch.Elapsed < Duration(options))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO commits (at, note) VALUES ($at, 'bench')";
            insert.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            commits++;
        }
        report.Add("raw_commits_per_s", commits / watch.Elapsed.TotalSeconds, "commits/s", "SQLite file, WAL, synchronous FULL, one connection");

        if (options.PostgresServer is { } server) await PostgresRawCommits.RunAsync(options, server, report);
    }

    /// <summary>How long a raw loop commits; PostgreSQL's loops take as long, so the rates compare.</summary>
    public static TimeSpan Duration(BenchOptions options) => options.Duration / 2;
}
