using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Testing;

namespace Library.Tests.Crash;

/// <summary>
/// The service's database read directly, under the API, by SQL both engines understand: what the crash run checks
/// that no endpoint shows (letters, instances, stored file names, the file's own integrity).
/// </summary>
public sealed class ServiceDatabase(string connectionString)
{
    /// <summary>The outbox's letters: their ids and whether each was sent.</summary>
    public async Task<IReadOnlyList<(Guid Id, bool Sent)>> LettersAsync() =>
        await ReadAsync("""SELECT "Id", "SentAt" IS NOT NULL FROM outbox_messages""", r => (r.GetGuid(0), r.GetBoolean(1)));

    /// <summary>
    /// Workflow instances that have not ended and wait for nothing: faulted, left running (a step under way when its host
    /// died, never taken up again), or suspended without a bookmark to resume them.
    /// </summary>
    public async Task<IReadOnlyList<string>> StuckInstancesAsync() =>
        await ReadAsync("""
            SELECT i."Id", i."DefinitionId", i."Status", i."Fault" FROM workflow_instances i
            WHERE i."Status" IN ('Running', 'Faulted')
               OR (i."Status" = 'Suspended' AND NOT EXISTS (SELECT 1 FROM workflow_bookmarks b WHERE b."InstanceId" = i."Id"))
            """, r => $"{r.GetString(1)} instance {r.GetGuid(0)} is {r.GetString(2)}{(r.IsDBNull(3) ? "" : ": " + r.GetString(3))}");

    /// <summary>Every file a row names: attached files, shipped files and files of repository representations.</summary>
    public async Task<IReadOnlySet<string>> StoredFilesAsync() =>
        (await ReadAsync("""
            SELECT "StoragePath" FROM attachments
            UNION SELECT "StoragePath" FROM lending_shipped_files
            UNION SELECT "StoragePath" FROM representation_files
            """, r => r.GetString(0))).ToHashSet();

    /// <summary>
    /// What the engine finds wrong with the database: SQLite's integrity and foreign-key checks of the file; on
    /// PostgreSQL, which keeps its files itself and checks every page it reads, rows that break a foreign key cannot be.
    /// </summary>
    public async Task<IReadOnlyList<string>> IntegrityProblemsAsync()
    {
        if (TestDatabase.OnPostgres) return [];
        var integrity = await ReadAsync("PRAGMA integrity_check", r => r.GetString(0));
        var foreignKeys = await ReadAsync("PRAGMA foreign_key_check", r => $"{r.GetString(0)} row {r.GetValue(1)} names a missing {r.GetString(2)}");
        return [.. integrity.Where(line => line != "ok"), .. foreignKeys];
    }

    private async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> row)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(row(reader));
        return rows;
    }

    private DbConnection Open() => TestDatabase.OnPostgres
        ? new NpgsqlConnection(connectionString)
        : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
}
