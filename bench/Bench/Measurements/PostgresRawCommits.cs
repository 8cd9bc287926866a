using System.Diagnostics;
using Npgsql;

namespace Bench.Measurements;

/// <summary>
/// PostgreSQL's own limit, beside SQLite's: one small row inserted and committed per transaction, in a database of
/// its own on the benchmark's server, with one connection and with eight committing at once. Unlike SQLite's one
/// writer, PostgreSQL takes concurrent transactions, and one WAL flush covers every commit waiting for it.
/// </summary>
public static class PostgresRawCommits
{
    /// <summary>As many connections as the runtime measurement's callers, so its resumes compare with this rate.</summary>
    public const int Connections = RuntimeForkJoin.Callers;

    /// <summary>The figure of the concurrent loops, which the runtime's concurrent resumes are compared with.</summary>
    public static readonly string ConcurrentFigure = $"pg_raw_commits_per_s_c{Connections}";

    public static async Task RunAsync(BenchOptions options, string server, Report report)
    {
        await using var database = await PostgresDatabase.CreateAsync(server, "raw");
        await using (var setup = await database.OpenAsync())
        await using (var create = new NpgsqlCommand("CREATE TABLE commits (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL, note text NOT NULL)", setup))
            await create.ExecuteNonQueryAsync();
        // Read back rather than assumed: with either off, a commit does not wait for the disk and the rate means nothing.
        var settings = $"fsync={await database.ShowAsync("fsync")}, synchronous_commit={await database.ShowAsync("synchronous_commit")}";

        var duration = RawCommits.Duration(options);
        report.Add("pg_raw_commits_per_s_c1", await CommitsPerSecondAsync(database, 1, duration), "commits/s", $"{settings}, one connection");
        report.Add(ConcurrentFigure, await CommitsPerSecondAsync(database, Connections, duration), "commits/s",
            $"{settings}, {Connections} connections");
    }

    private static async Task<double> CommitsPerSecondAsync(PostgresDatabase database, int connections, TimeSpan duration)
    {
        var loops = new List<Committer>();
        try
        {
            for (var i = 0; i < connections; i++) loops.Add(await Committer.OpenAsync(database));
            var watch = Stopwatch.StartNew();
            var commits = await Task.WhenAll(loops.Select(loop => Task.Run(() => loop.CommitUntilAsync(watch, duration))));
            return commits.Sum() / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            foreach (var loop in loops) await loop.DisposeAsync();
        }
    }

    /// <summary>One connection with its prepared insert, opened before the clock starts.</summary>
    private sealed class Committer(NpgsqlConnection connection, NpgsqlCommand insert, NpgsqlParameter<DateTime> at) : IAsyncDisposable
    {
        public static async Task<Committer> OpenAsync(PostgresDatabase database)
        {
            var connection = await database.OpenAsync();
            var at = new NpgsqlParameter<DateTime> { TypedValue = DateTime.UtcNow };
            var insert = new NpgsqlCommand("INSERT INTO commits (at, note) VALUES ($1, 'bench')", connection) { Parameters = { at } };
            await insert.PrepareAsync();
            return new Committer(connection, insert, at);
        }

        /// <summary>Commits one row per transaction until the duration has passed; returns how many.</summary>
        public async Task<int> CommitUntilAsync(Stopwatch watch, TimeSpan duration)
        {
            var commits = 0;
            while (watch.Elapsed < duration)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                at.TypedValue = DateTime.UtcNow;
                await insert.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
                commits++;
            }
            return commits;
        }

        public async ValueTask DisposeAsync()
        {
            await insert.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
