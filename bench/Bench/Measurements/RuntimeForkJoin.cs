using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflows.Persistence;

namespace Bench.Measurements;

/// <summary>
/// Step 2: instances of a fork of two signal waits joined before the end, started and both signals delivered
/// through the public runtime API on the real SQLite persistence: one caller at a time, like the raw commit loop,
/// and eight callers at once. With <c>--postgres</c>, the same on PostgreSQL once with each commit gate.
/// </summary>
public static class RuntimeForkJoin
{
    public const string Definition = """
    {
      "id": "fork-join", "name": "Fork of two signal waits, joined",
      "variables": { "key": null },
      "activities": [
        { "id": "start", "type": "Start" },
        { "id": "fork", "type": "Fork" },
        { "id": "a", "type": "Signal", "inputs": { "name": "a", "key": { "expression": "variables.key" } } },
        { "id": "b", "type": "Signal", "inputs": { "name": "b", "key": { "expression": "variables.key" } } },
        { "id": "join", "type": "Join" },
        { "id": "end", "type": "End" }
      ],
      "connections": [
        { "source": "start", "target": "fork" },
        { "source": "fork", "target": "a" }, { "source": "fork", "target": "b" },
        { "source": "a", "target": "join" }, { "source": "b", "target": "join" },
        { "source": "join", "target": "end" }
      ]
    }
    """;

    /// <summary>Callers at once in the concurrent run, as many as the HTTP measurement's middle level.</summary>
    public const int Callers = 8;

    private static readonly Figures OnSqlite = new("", "", "raw_commits_per_s", "SQLite, durable", Target: 0.6);

    /// <summary>Both commit gates, to tell which one the service should use on PostgreSQL.</summary>
    private static readonly (Func<CommitGate> Gate, Figures Figures)[] OnPostgres =
    [
        (() => CommitGate.Open, new("pg_", "", PostgresRawCommits.ConcurrentFigure, "PostgreSQL, each unit commits on its own", Target: 0.5)),
        (CommitGate.OneWriter, new("pg_", "_group", PostgresRawCommits.ConcurrentFigure, "PostgreSQL, group commit", Target: 0.5)),
    ];

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        await using (var host = await RuntimeHost.StartSqliteAsync(options.NewDatabase("runtime")))
            await MeasureAsync(options, report, [(host, OnSqlite)]);
        AddRatio(report, OnSqlite);
        if (options.PostgresServer is null) return;

        // The runtime's compiled queries keep to the first database model they run against, SQLite's in this
        // process, so the PostgreSQL runs take a bench process of their own.
        await report.TakeOverAsync(await RunInOwnProcessAsync(options));
        foreach (var (_, figures) in OnPostgres) AddRatio(report, figures);
    }

    /// <summary>The runtime on PostgreSQL with each commit gate, each in an empty database of its own.</summary>
    public static async Task RunOnPostgresAsync(BenchOptions options, Report report)
    {
        var server = options.PostgresServer ?? throw new ArgumentException("--postgres-runtime needs --postgres.");
        var runs = new List<(PostgresDatabase Database, RuntimeHost Host, Figures Figures)>();
        try
        {
            foreach (var (gate, figures) in OnPostgres)
            {
                var database = await PostgresDatabase.CreateAsync(server, "runtime");
                try
                {
                    runs.Add((database, await RuntimeHost.StartPostgresAsync(database.ConnectionString, gate), figures));
                }
                catch
                {
                    await database.DisposeAsync();
                    throw;
                }
            }
            await MeasureAsync(options, report, runs.Select(run => (run.Host, run.Figures)).ToList());
        }
        finally
        {
            foreach (var (database, host, _) in runs)
            {
                await host.DisposeAsync();
                await database.DisposeAsync();
            }
        }
    }

    /// <summary>Runs <see cref="RunOnPostgresAsync"/> in a new bench process; returns the file it handed its figures over in.</summary>
    private static async Task<string> RunInOwnProcessAsync(BenchOptions options)
    {
        var handOver = Path.Combine(options.WorkFolder, "postgres-runtime.json");
        string[] arguments =
            [typeof(RuntimeForkJoin).Assembly.Location, .. options.Quick ? new[] { "--quick" } : [], "--postgres", "--postgres-runtime", handOver];
        var start = new ProcessStartInfo(Environment.ProcessPath!, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment[BenchOptions.PostgresVariable] = options.PostgresServer;

        using var child = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        Console.WriteLine($"  PostgreSQL, in bench process {child.Id} of its own:");
        var output = child.StandardOutput.ReadToEndAsync();
        var errors = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"The PostgreSQL runtime run exited with code {child.ExitCode}:{Environment.NewLine}{await output}{await errors}");
        return handOver;
    }

    /// <summary>
    /// How one run's figures are named: <c>{Prefix}runtime_resumes_per_s{Suffix}</c>, compared with the raw rate
    /// <c>Raw</c>, of which it should reach <c>Target</c>.
    /// </summary>
    private sealed record Figures(string Prefix, string Suffix, string Raw, string Database, double Target)
    {
        public string this[string figure] => Prefix + figure + Suffix;
    }

    private static void AddRatio(Report report, Figures figures)
    {
        if (report.Has(figures.Raw) && report.Has(figures["runtime_resumes_per_s"]))
            report.Add(figures["runtime_resumes_to_raw_commits"], report[figures["runtime_resumes_per_s"]] / report[figures.Raw], "ratio",
                $"target >= {figures.Target}");
    }

    /// <summary>
    /// Measures each host in turn at each level, so that a drift in the disk's pace (it sits behind a virtual
    /// machine) touches the hosts compared alike.
    /// </summary>
    private static async Task MeasureAsync(BenchOptions options, Report report, IReadOnlyList<(RuntimeHost Host, Figures Figures)> runs)
    {
        foreach (var (host, _) in runs)
        {
            await host.PublishAsync(Definition);
            // Long enough for tiered compilation to settle: the first seconds run unoptimised and instrumented code.
            var warmUp = Stopwatch.StartNew();
            for (var round = 0; warmUp.Elapsed < options.WarmUp; round++) await RunAsync(host, $"warm-up{round}", 200, Callers);
        }

        // One caller at a time, like the raw commit loop: every step pays for a commit of its own.
        foreach (var (host, figures) in runs)
        {
            var single = await RunAsync(host, "c1", Count(options, await RunAsync(host, "probe-c1", 200, 1)), 1);
            report.Add(figures["runtime_starts_per_s_c1"], single.Count / single.Starts.TotalSeconds, "starts/s", "one caller");
            report.Add(figures["runtime_resumes_per_s_c1"], 2 * single.Count / single.Resumes.TotalSeconds, "resumes/s", "one caller");
            report.Add(figures["ours_forkjoin_instances_per_s_c1"], single.Count / single.Total.TotalSeconds, "instances/s", "one caller");
        }

        // Several callers at once, as a service sees them: steps committing together share one sync.
        foreach (var (host, figures) in runs)
        {
            var shared = await RunAsync(host, "c8", Count(options, await RunAsync(host, "probe-c8", 400, Callers)), Callers);
            report.Add(figures["runtime_starts_per_s"], shared.Count / shared.Starts.TotalSeconds, "starts/s", $"{Callers} callers");
            report.Add(figures["runtime_resumes_per_s"], 2 * shared.Count / shared.Resumes.TotalSeconds, "resumes/s", $"{Callers} callers");
            report.Add(figures["ours_forkjoin_instances_per_s"], shared.Count / shared.Total.TotalSeconds, "instances/s",
                $"{shared.Count} instances, {Callers} callers, {figures.Database}");
        }
    }

    /// <summary>Instances for a run of about the configured duration, from a probe's pace.</summary>
    private static int Count(BenchOptions options, Run probe) =>
        Math.Max(500, (int)(options.Duration / (probe.Total / probe.Count)));

    /// <summary>Starts <paramref name="count"/> instances, then delivers both signals to each, with <paramref name="callers"/> at once.</summary>
    private static async Task<Run> RunAsync(RuntimeHost host, string prefix, int count, int callers)
    {
        var keys = Enumerable.Range(0, count).Select(i => $"{prefix}-{i}").ToList();
        var starts = Stopwatch.StartNew();
        await ForEachAsync(keys, callers, key => host.StartAsync("fork-join", new JsonObject { ["key"] = key }));
        starts.Stop();

        var resumes = Stopwatch.StartNew();
        await ForEachAsync(keys, callers, async key =>
        {
            Expect(await host.SignalAsync("b", key), key);
            Expect(await host.SignalAsync("a", key), key);
        });
        resumes.Stop();
        return new Run(count, starts.Elapsed, resumes.Elapsed);
    }

    private static Task ForEachAsync(IReadOnlyList<string> keys, int callers, Func<string, Task> work) =>
        Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = callers }, async (key, _) => await work(key));

    private sealed record Run(int Count, TimeSpan Starts, TimeSpan Resumes)
    {
        public TimeSpan Total => Starts + Resumes;
    }

    private static void Expect(Workflows.Runtime.ResumeResult result, string key)
    {
        if (result.Status != Workflows.Runtime.ResumeStatus.Resumed)
            throw new InvalidOperationException($"Resume of {key} answered {result.Status}.");
    }
}
