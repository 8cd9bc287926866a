namespace Bench;

/// <summary>
/// <c>--quick</c> shortens every run (the 100,000-instance scale run stays); <c>--postgres</c> adds PostgreSQL's raw
/// rate; <c>--only name,name</c> runs some measurements, for profiling one of them.
/// </summary>
public sealed record BenchOptions(bool Quick, bool Postgres, string ResultsFolder, string WorkFolder, IReadOnlySet<string>? Only)
{
    public static BenchOptions Parse(string[] args)
    {
        var results = Path.GetFullPath(args.SkipWhile(a => a != "--results").Skip(1).FirstOrDefault() ?? Path.Combine("bench", "results"));
        var work = Path.Combine(Path.GetTempPath(), "workflows-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new BenchOptions(args.Contains("--quick"), args.Contains("--postgres"), results, work, only);
    }

    /// <summary>How long a throughput run lasts.</summary>
    public TimeSpan Duration => Quick ? TimeSpan.FromSeconds(4) : TimeSpan.FromSeconds(15);

    /// <summary>How long a measurement runs before it is timed.</summary>
    public TimeSpan WarmUp => Quick ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(10);

    public bool Runs(string measurement) => Only is null || Only.Contains(measurement);

    public string NewDatabase(string name) => Path.Combine(WorkFolder, $"{name}-{Guid.NewGuid():N}.db");
}
