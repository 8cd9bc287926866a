using Npgsql;

namespace Bench;

/// <summary>
/// A database of one measurement's own on the benchmark's PostgreSQL server: created empty, dropped when disposed,
/// so runs neither see each other's rows nor leave any behind.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <param name="server">The connection string of the server's maintenance database.</param>
    /// <param name="measurement">Goes into the database's name, to tell a leftover's origin.</param>
    public static async Task<PostgresDatabase> CreateAsync(string server, string measurement)
    {
        var database = new PostgresDatabase(server, $"bench_{measurement}_{Guid.NewGuid():N}");
        await database.OnServerAsync($"CREATE DATABASE {database._name}");
        return database;
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A setting as the server reports it, e.g. <c>fsync</c>: what the figures were measured with.</summary>
    public async Task<string> ShowAsync(string setting)
    {
        await using var connection = await OpenAsync();
        await using var show = new NpgsqlCommand($"SHOW {setting}", connection);
        return (string)(await show.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        // Idle pooled connections to the database would otherwise outlive it, broken.
        await using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
        await OnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private async Task OnServerAsync(string statement)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(statement, connection);
        await command.ExecuteNonQueryAsync();
    }
}
