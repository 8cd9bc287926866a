namespace Bench.Measurements;

/// <summary>PostgreSQL's raw commit rate arrives with the PostgreSQL issue, together with the server the project installs.</summary>
public static class PostgresRawCommits
{
    public static Task RunAsync(BenchOptions options, Report report)
    {
        Console.WriteLine("  --postgres: PostgreSQL is not wired yet (it comes with the PostgreSQL issue); skipped.");
        return Task.CompletedTask;
    }
}
