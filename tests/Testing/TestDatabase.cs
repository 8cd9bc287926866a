using Npgsql;

namespace Testing;

/// <summary>
/// The database a test host runs on: a SQLite file in the test's folder, or, when the suite runs on PostgreSQL
/// (<c>WORKFLOWS_TEST_DATABASE=Postgres</c>, with the server's maintenance connection string in
/// <c>WORKFLOWS_TEST_POSTGRES</c>, as <c>test.sh</c> sets them), a database of its own on that server, named after
/// the folder so a test that restarts its host on the same folder finds the same database.
/// </summary>
public sealed record TestDatabase(string Provider, string ConnectionString)
{
    public static bool OnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("WORKFLOWS_TEST_DATABASE"), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The database for <paramref name="folder"/>, made when it does not exist yet.</summary>
    public static TestDatabase For(string folder)
    {
        if (!OnPostgres) return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "workflows.db")}");
        var name = NameFor(folder);
        using (var server = OpenServer())
        {
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", server) { Parameters = { new("name", name) } };
            if (exists.ExecuteScalar() is null)
                using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server)) create.ExecuteNonQuery();
        }
        return new TestDatabase("Postgres", new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString);
    }

    /// <summary>Removes the folder's database from the server (a SQLite file goes with its folder).</summary>
    public static void DropFor(string folder)
    {
        if (!OnPostgres) return;
        NpgsqlConnection.ClearAllPools();
        using var server = OpenServer();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{NameFor(folder)}\" WITH (FORCE)", server);
        drop.ExecuteNonQuery();
    }

    /// <summary>Closes pooled connections, so a restarted host opens new ones as a new process would.</summary>
    public static void ClearPools() => NpgsqlConnection.ClearAllPools();

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("WORKFLOWS_TEST_POSTGRES")
        ?? throw new InvalidOperationException("WORKFLOWS_TEST_DATABASE is Postgres but WORKFLOWS_TEST_POSTGRES (the server's connection string) is not set; test.sh sets both.");

    private static NpgsqlConnection OpenServer()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Test folders end in a GUID without dashes, which makes a valid database name.</summary>
    private static string NameFor(string folder) => "test_" + Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)).ToLowerInvariant();
}
