using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Bench.Measurements;

/// <summary>
/// Step 2: instances of a fork of two signal waits joined before the end, started and both signals delivered
/// through the public runtime API on the real SQLite persistence: one caller at a time, like the raw commit loop,
/// and eight callers at once.
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

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        await using var host = await RuntimeHost.StartAsync(options.NewDatabase("runtime"));
        await host.PublishAsync(Definition);
        // Long enough for tiered compilation to settle: the first seconds run unoptimised and instrumented code.
        var warmUp = Stopwatch.StartNew();
        for (var round = 0; warmUp.Elapsed < options.WarmUp; round++) await RunAsync(host, $"warm-up{round}", 200, Callers);

        // One caller at a time, like the raw commit loop: every step pays for a commit of its own.
        var single = await RunAsync(host, "c1", Count(options, await RunAsync(host, "probe-c1", 200, 1)), 1);
        report.Add("runtime_starts_per_s_c1", single.Count / single.Starts.TotalSeconds, "starts/s", "one caller");
        report.Add("runtime_resumes_per_s_c1", 2 * single.Count / single.Resumes.TotalSeconds, "resumes/s", "one caller");
        report.Add("ours_forkjoin_instances_per_s_c1", single.Count / single.Total.TotalSeconds, "instances/s", "one caller");

        // Several callers at once, as a service sees them: steps waiting together share one commit.
        var shared = await RunAsync(host, "c8", Count(options, await RunAsync(host, "probe-c8", 400, Callers)), Callers);
        report.Add("runtime_starts_per_s", shared.Count / shared.Starts.TotalSeconds, "starts/s", $"{Callers} callers");
        report.Add("runtime_resumes_per_s", 2 * shared.Count / shared.Resumes.TotalSeconds, "resumes/s", $"{Callers} callers");
        report.Add("ours_forkjoin_instances_per_s", shared.Count / shared.Total.TotalSeconds, "instances/s", $"{shared.Count} instances, {Callers} callers, SQLite, durable");
        if (report.Has("raw_commits_per_s"))
            report.Add("runtime_resumes_to_raw_commits", report["runtime_resumes_per_s"] / report["raw_commits_per_s"], "ratio", "target >= 0.5");
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
