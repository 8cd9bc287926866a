using Bench.Measurements.History;
using Bench.Measurements.Http;
using Microsoft.Data.Sqlite;

namespace Bench.Measurements;

/// <summary>
/// Years of history: the service on a database holding 1,000, then 1,000,000, finished digitization requests with
/// everything their lifecycles left (<see cref="TemplateRows"/>), plus a few hundred placed through the API during the
/// run. The latencies of the calls staff make all day should not grow with history: each call's p99 on the large
/// database over the small one's. The database's bytes per finished request come from the two files' sizes.
/// </summary>
public static class YearsOfHistory
{
    private const int Small = 1_000;
    private const int Large = 1_000_000;
    private const int StillToScan = 100;

    /// <summary>Calls measured but outside the issue's list: placing a request, and the Find box, which is a search, not a facet.</summary>
    private static readonly string[] NotInTarget = ["create", "list_find"];

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var databases = new HistoryDatabases(options);
        await databases.MakeTemplateAsync();
        var template = databases.Template!;
        report.Add("history_template_rows", template.Rows.Count, "rows", $"one finished request leaves: {string.Join(", ", template.Summary())}");

        var small = await databases.LoadedAsync(Small);
        if (await HistoryLoader.ForeignKeyProblemsAsync(small.File) is [_, ..] problems)
            throw new InvalidOperationException($"The copies' foreign keys point nowhere: {string.Join("; ", problems.Take(5))}");
        var large = await databases.LoadedAsync(Large);
        report.Add("history_load_s_1m", large.Loading.TotalSeconds, "s", large.Origin);
        report.Add("bytes_per_finished_request", (SpaceUse.FileBytes(large.File) - SpaceUse.FileBytes(small.File)) / (double)(Large - Small), "bytes",
            $"{SpaceUse.FileBytes(large.File) / 1e9:F2} GB for {Large:N0}; their values: " +
            string.Join(", ", SpaceUse.PayloadByTable(template).Select(t => $"{t.Table} {t.Bytes}")));

        var samples = options.Quick ? 200 : 400;
        try
        {
            var small1k = await MeasureAsync(options, report, small.File, "1k", samples);
            var large1m = await MeasureAsync(options, report, large.File, "1m", samples);
            var worst = small1k.Keys.Except(NotInTarget).MaxBy(call => large1m[call] / small1k[call])!;
            report.Add("scale_history_p99_ratio", large1m[worst] / small1k[worst], "ratio", $"worst call: {worst}; target <= 1.5");
            report.Add("history_find_p99_ratio", large1m["list_find"] / small1k["list_find"], "ratio",
                "the Find box reads every request's search text; not one of the issue's calls");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { small.File, large.File })
                foreach (var part in new[] { file, file + "-wal", file + "-shm" })
                    File.Delete(part);
        }
    }

    /// <summary>Runs the calls against the service on <paramref name="file"/>; returns each call's p99 in ms.</summary>
    private static async Task<Dictionary<string, double>> MeasureAsync(BenchOptions options, Report report, string file, string label, int samples)
    {
        var finished = await FinishedIdsAsync(file, samples);
        await using var mailbox = MailCounter.Start(minimumSize: 1);
        await using var service = await ServiceProcess.StartAsync(ServiceDatabase.Sqlite(file), Path.Combine(options.WorkFolder, $"history-{label}-files"), mailbox.Port);
        using var client = await HistoryClient.ForAsync(service);
        var calls = new HistoryCalls(client);

        var latencies = new Dictionary<string, Latencies> { ["create"] = new(), ["scan_in"] = new() };
        var prefix = $"LIVE-{label}";
        var live = await calls.PlaceAsync(prefix, samples + 30 + StillToScan, latencies["create"]);
        await calls.ScanInAsync(prefix, samples + 30, latencies["scan_in"]);
        foreach (var (name, read) in await calls.ReadAsync(live, finished, HistoryCalls.Barcode(prefix, samples), samples))
            latencies[name] = read;

        var p99 = latencies.ToDictionary(l => l.Key, l => l.Value.Percentile(99));
        foreach (var (name, value) in p99)
            report.Add($"history_{name}_p99_ms_{label}", value, "ms",
                $"p50 {latencies[name].Percentile(50):F1} ms{(NotInTarget.Contains(name) ? "; not among the issue's calls" : "")}");
        return p99;
    }

    /// <summary>Finished requests chosen at random, for their pages.</summary>
    private static async Task<List<Guid>> FinishedIdsAsync(string file, int count)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Id FROM digitization_requests ORDER BY random() LIMIT {count}";
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(Guid.Parse(reader.GetString(0)));
        return ids;
    }
}
