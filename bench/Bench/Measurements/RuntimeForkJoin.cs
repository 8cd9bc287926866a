using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Bench.Measurements;

/// <summary>
/// Step 2: instances of a fork of two signal waits joined before the end, started and both signals delivered
/// through the public runtime API on the real SQLite persistence, one caller at a time like the raw commit loop.
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

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        await using var host = await RuntimeHost.StartAsync(options.NewDatabase("runtime"));
        await host.PublishAsync(Definition);
        // Long enough for tiered compilation to settle: the first seconds run unoptimised and instrumented code.
        var warmUp = Stopwatch.StartNew();
        for (var round = 0; warmUp.Elapsed < options.WarmUp; round++) await RunBatchAsync(host, $"warm-up{round}", 100);

        // Size the batch from a short probe so the measured run lasts about the configured duration.
        var probe = Stopwatch.StartNew();
        await RunBatchAsync(host, "probe", 200);
        var perInstance = probe.Elapsed / 200;
        var count = Math.Max(500, (int)(options.Duration / perInstance));

        var starts = Stopwatch.StartNew();
        var keys = Enumerable.Range(0, count).Select(i => $"k{i}").ToList();
        foreach (var key in keys) await host.StartAsync("fork-join", new JsonObject { ["key"] = key });
        starts.Stop();

        var resumes = Stopwatch.StartNew();
        foreach (var key in keys)
        {
            Expect(await host.SignalAsync("b", key), key);
            Expect(await host.SignalAsync("a", key), key);
        }
        resumes.Stop();

        var total = starts.Elapsed + resumes.Elapsed;
        report.Add("runtime_starts_per_s", count / starts.Elapsed.TotalSeconds, "starts/s");
        report.Add("runtime_resumes_per_s", 2 * count / resumes.Elapsed.TotalSeconds, "resumes/s");
        report.Add("ours_forkjoin_instances_per_s", count / total.TotalSeconds, "instances/s", $"{count} instances, SQLite, durable");
        if (report.Has("raw_commits_per_s"))
            report.Add("runtime_resumes_to_raw_commits", report["runtime_resumes_per_s"] / report["raw_commits_per_s"], "ratio", "target >= 0.5");
    }

    private static async Task RunBatchAsync(RuntimeHost host, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var key = $"{prefix}-{i}";
            await host.StartAsync("fork-join", new JsonObject { ["key"] = key });
            Expect(await host.SignalAsync("a", key), key);
            Expect(await host.SignalAsync("b", key), key);
        }
    }

    private static void Expect(Workflows.Runtime.ResumeResult result, string key)
    {
        if (result.Status != Workflows.Runtime.ResumeStatus.Resumed)
            throw new InvalidOperationException($"Resume of {key} answered {result.Status}.");
    }
}
