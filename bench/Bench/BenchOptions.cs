namespace Bench;

/// <summary><c>--quick</c> shortens every run (the 100,000-instance scale run stays); <c>--postgres</c> adds PostgreSQL's raw rate.</summary>
public sealed record BenchOptions(bool Quick, bool Postgres, string ResultsFolder, string WorkFolder)
{
    public static BenchOptions Parse(string[] args)
    {
        var results = Path.GetFullPath(args.SkipWhile(a => a != "--results").Skip(1).FirstOrDefault() ?? Path.Combine("bench", "results"));
        var work = Path.Combine(Path.GetTempPath(), "workflows-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        return new BenchOptions(args.Contains("--quick"), args.Contains("--postgres"), results, work);
    }

    /// <summary>How long a throughput run lasts.</summary>
    public TimeSpan Duration => Quick ? TimeSpan.FromSeconds(4) : TimeSpan.FromSeconds(15);

    public string NewDatabase(string name) => Path.Combine(WorkFolder, $"{name}-{Guid.NewGuid():N}.db");
}
