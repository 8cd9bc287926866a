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

    /// <summary>
    /// Everything the database holds of the workflows serving <paramref name="request"/>, one line each, for a finding to
    /// show: the request's row, every instance with that correlation id (oldest first, as a view picks), their history
    /// and their bookmarks.
    /// </summary>
    public async Task<IReadOnlyList<string>> WorkflowsOfAsync(Guid request)
    {
        var id = request.ToString();
        var rows = await ReadAsync("""
            SELECT 'digitization request', "Status", "UpdatedAt" FROM digitization_requests WHERE lower(CAST("Id" AS TEXT)) = @id
            UNION ALL SELECT 'lending request', "Status", "UpdatedAt" FROM lending_requests WHERE lower(CAST("Id" AS TEXT)) = @id
            """, id, r => $"{r.GetString(0)} row: {r.GetValue(1)}, updated {Time(r.GetValue(2))}");
        var instances = await ReadAsync("""
            SELECT i."Id", i."DefinitionId", i."DefinitionVersion", i."Status", i."Version", i."CreatedAt", i."UpdatedAt", i."ParentInstanceId",
                   (SELECT COUNT(*) FROM workflow_history h WHERE h."InstanceId" = i."Id"),
                   (SELECT MAX(h."Sequence") FROM workflow_history h WHERE h."InstanceId" = i."Id")
            FROM workflow_instances i WHERE i."CorrelationId" = @id ORDER BY i."CreatedAt", i."Id"
            """, id, r => $"instance {r.GetValue(0)}: {r.GetString(1)} v{r.GetValue(2)}, {r.GetValue(3)}, row version {r.GetValue(4)}, " +
                          $"created {Time(r.GetValue(5))}, updated {Time(r.GetValue(6))}, parent {(r.IsDBNull(7) ? "none" : r.GetValue(7))}, " +
                          $"{r.GetValue(8)} history rows, last #{(r.IsDBNull(9) ? "-" : r.GetValue(9))}");
        var history = await ReadAsync("""
            SELECT h."InstanceId", h."Sequence", h."ActivityId", h."Outcome", h."Actor", h."At" FROM workflow_history h
            JOIN workflow_instances i ON i."Id" = h."InstanceId" WHERE i."CorrelationId" = @id ORDER BY i."CreatedAt", i."Id", h."Sequence"
            """, id, r => $"  history {r.GetValue(0)} #{r.GetValue(1)} {r.GetString(2)}/{(r.IsDBNull(3) ? "(halt)" : r.GetString(3))} by {r.GetString(4)} at {Time(r.GetValue(5))}");
        var bookmarks = await ReadAsync("""
            SELECT b."InstanceId", b."Name", b."Key", b."CreatedAt", b."DueAt" FROM workflow_bookmarks b
            JOIN workflow_instances i ON i."Id" = b."InstanceId" WHERE i."CorrelationId" = @id ORDER BY b."CreatedAt", b."Id"
            """, id, r => $"  bookmark {r.GetValue(0)} {r.GetString(1)} '{r.GetString(2)}' created {Time(r.GetValue(3))}{(r.IsDBNull(4) ? "" : ", due " + Time(r.GetValue(4)))}");
        return [.. rows, .. instances, .. history, .. bookmarks];
    }

    private static string Time(object value) => value is DateTime at ? at.ToString("HH:mm:ss.ffffff") : value.ToString() ?? "";

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

    private Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> row) => ReadAsync(sql, null, row);

    /// <summary>Runs <paramref name="sql"/>, with <paramref name="id"/> as its <c>@id</c> when given.</summary>
    private async Task<List<T>> ReadAsync<T>(string sql, string? id, Func<DbDataReader, T> row)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(row(reader));
        return rows;
    }

    private DbConnection Open() => TestDatabase.OnPostgres
        ? new NpgsqlConnection(connectionString)
        : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
}
