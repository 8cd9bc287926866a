using Npgsql;

namespace Library.Host.Database;

/// <summary>
/// Serialises the start-up work of hosts that start together on one PostgreSQL database (migrations, first seeding,
/// the first administrator, importing definitions), so two hosts never both seed an empty database. A session-level
/// advisory lock on a connection of its own, released when start-up is done or the process dies. SQLite runs one
/// host, so there is nothing to serialise.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The advisory lock's key: any number no other user of the database takes; this one spells "LIBRARY".</summary>
    private const long Key = 0x4C49425241525900;

    /// <summary>
    /// How long a host waits for the others' start-up: theirs queue before its own, each some seconds, far more on a
    /// busy machine, so the command's usual 30 s bound is too short. A host that dies holding the lock releases it.
    /// </summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(DatabaseOptions options, CancellationToken ct = default)
    {
        if (options.Provider != DatabaseProvider.Postgres) return new StartupLock(null);
        // Unpooled: a pooled connection would keep the session, and the lock with it, after it is returned.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection)
        {
            Parameters = { new("key", Key) },
            CommandTimeout = (int)LongestWait.TotalSeconds,
        };
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (NpgsqlException e) when (e.InnerException is TimeoutException)
        {
            await connection.DisposeAsync();
            throw new DatabaseNotReadyException(
                $"Another host has been starting on this database for more than {LongestWait.TotalMinutes} minutes and holds its start-up lock; " +
                "look at that host's log (SELECT pid, application_name FROM pg_stat_activity JOIN pg_locks USING (pid) WHERE locktype = 'advisory' names it).");
        }
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
