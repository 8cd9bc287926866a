using Bench;
using Bench.Measurements;

var options = BenchOptions.Parse(args);
var report = new Report(options);
if (options.PostgresRuntimeHandOver is { } handOver)
{
    await RuntimeForkJoin.RunOnPostgresAsync(options, report);
    await report.HandOverAsync(handOver);
    return;
}

Console.WriteLine($"Benchmark ({(options.Quick ? "quick" : "full")}) on {Environment.ProcessorCount} cores, .NET {Environment.Version}");

await report.RunAsync("raw SQLite commits", () => RawCommits.RunAsync(options, report));
await report.RunAsync("runtime fork/join", () => RuntimeForkJoin.RunAsync(options, report));
await report.RunAsync("WorkflowCore fork/join", () => WorkflowCorePeer.RunAsync(options, report));
await report.RunAsync("HTTP lifecycles", () => HttpLifecycles.RunAsync(options, report));
await report.RunAsync("scale", () => Scale.RunAsync(options, report));
await report.RunAsync("history (years of finished requests)", () => YearsOfHistory.RunAsync(options, report));

report.Print();
// A partial run would leave latest.json with figures from different runs.
if (options.Only is null) await report.WriteAsync(Path.Combine(options.ResultsFolder, "latest.json"));
