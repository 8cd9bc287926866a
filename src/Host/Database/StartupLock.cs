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

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(DatabaseOptions options, CancellationToken ct = default)
    {
        if (options.Provider != DatabaseProvider.Postgres) return new StartupLock(null);
        // Unpooled: a pooled connection would keep the session, and the lock with it, after it is returned.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { Parameters = { new("key", Key) } };
        await command.ExecuteNonQueryAsync(ct);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
