namespace Bench;

/// <summary>
/// <c>--quick</c> shortens every run (the 100,000-instance scale run stays); <c>--postgres</c> runs the raw,
/// runtime and HTTP measurements on PostgreSQL too, on the server whose maintenance database's connection string
/// is in <c>WORKFLOWS_BENCH_POSTGRES</c> (bench.sh starts it with <c>scripts/postgres.sh --durable</c> and sets it);
/// <c>--only name,name</c> runs some measurements, for profiling one of them. <c>--postgres-runtime file</c> is how the
/// bench starts itself to measure the runtime on PostgreSQL (see <see cref="Measurements.RuntimeForkJoin"/>): it runs
/// that alone and hands the figures over in the file.
/// </summary>
public sealed record BenchOptions(bool Quick, string? PostgresServer, string ResultsFolder, string WorkFolder, IReadOnlySet<string>? Only,
    string? PostgresRuntimeHandOver)
{
    public const string PostgresVariable = "WORKFLOWS_BENCH_POSTGRES";

    public static BenchOptions Parse(string[] args)
    {
        var results = Path.GetFullPath(args.SkipWhile(a => a != "--results").Skip(1).FirstOrDefault() ?? Path.Combine("bench", "results"));
        var work = Path.Combine(Path.GetTempPath(), "workflows-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase);
        var postgres = args.Contains("--postgres")
            ? Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server
                : throw new ArgumentException($"--postgres needs {PostgresVariable}: run ./bench.sh --postgres, which starts the server and sets it.")
            : null;
        var postgresRuntime = args.SkipWhile(a => a != "--postgres-runtime").Skip(1).FirstOrDefault();
        return new BenchOptions(args.Contains("--quick"), postgres, results, work, only, postgresRuntime);
    }

    /// <summary>How long a throughput run lasts.</summary>
    public TimeSpan Duration => Quick ? TimeSpan.FromSeconds(4) : TimeSpan.FromSeconds(15);

    /// <summary>How long a measurement runs before it is timed.</summary>
    public TimeSpan WarmUp => Quick ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(10);

    public bool Runs(string measurement) => Only is null || Only.Contains(measurement);

    public string NewDatabase(string name) => Path.Combine(WorkFolder, $"{name}-{Guid.NewGuid():N}.db");
}
