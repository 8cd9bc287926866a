using System.Diagnostics;
using System.Runtime;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;

namespace Bench.Measurements;

/// <summary>
/// Step 5: resume latency with 1,000 and with 100,000 instances waiting in the database, and the process's
/// working set after loading each. The waiting instances are copies of one instance the runtime started, each
/// with its own ids and key, inserted in batches: starting 100,000 one commit at a time would take minutes and
/// measure nothing this step is about.
/// </summary>
public static class Scale
{
    private const string Definition = """
    {
      "id": "wait-one", "name": "One signal wait",
      "variables": { "key": null },
      "activities": [
        { "id": "start", "type": "Start" },
        { "id": "wait", "type": "Signal", "inputs": { "name": "go", "key": { "expression": "variables.key" } } },
        { "id": "end", "type": "End" }
      ],
      "connections": [ { "source": "start", "target": "wait" }, { "source": "wait", "target": "end" } ]
    }
    """;

    private const string TemplateKey = "template-key";

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        await using var host = await RuntimeHost.StartSqliteAsync(options.NewDatabase("scale"));
        await host.PublishAsync(Definition);
        var template = await host.StartAsync("wait-one", new JsonObject { ["key"] = TemplateKey });
        var samples = options.Quick ? 300 : 1000;

        var keys = new List<string>();
        await LoadAsync(host, template.InstanceId, keys, from: 0, count: 1_000);
        await MeasureAsync(host, report, "1k", keys, samples);

        await LoadAsync(host, template.InstanceId, keys, from: 1_000, count: 99_000);
        await MeasureAsync(host, report, "100k", keys, samples);

        report.Add("working_set_growth_mb", report["working_set_mb_100k"] - report["working_set_mb_1k"], "MB", "target < 50");
        report.Add("resume_p99_ratio_100k_to_1k", report["resume_p99_ms_100k"] / report["resume_p99_ms_1k"], "ratio", "target <= 1.5");
    }

    private static async Task MeasureAsync(RuntimeHost host, Report report, string label, List<string> keys, int samples)
    {
        var waiting = await CountWaitingAsync(host);
        report.Add($"working_set_mb_{label}", WorkingSetMb(), "MB", $"{waiting:N0} instances waiting");
        await CheckpointAsync(host);

        var random = new Random(42);
        var chosen = keys.OrderBy(_ => random.Next()).Take(samples + 50).ToList();
        var latencies = new Latencies();
        for (var i = 0; i < chosen.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = await host.SignalAsync("go", chosen[i]);
            watch.Stop();
            if (result.Status != Workflows.Runtime.ResumeStatus.Resumed) throw new InvalidOperationException($"{chosen[i]}: {result.Status}");
            if (i >= 50) latencies.Add(watch.Elapsed);  // the first 50 warm the caches
        }
        foreach (var key in chosen) keys.Remove(key);
        report.Add($"resume_p50_ms_{label}", latencies.Percentile(50), "ms");
        report.Add($"resume_p99_ms_{label}", latencies.Percentile(99), "ms");
    }

    /// <summary>Inserts copies of the template instance and its bookmark, adding their keys to <paramref name="keys"/>.</summary>
    private static async Task LoadAsync(RuntimeHost host, Guid templateId, List<string> keys, int from, int count)
    {
        const int batch = 2_000;
        WorkflowInstance instance;
        Bookmark bookmark;
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            instance = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == templateId);
            bookmark = await db.Bookmarks.AsNoTracking().SingleAsync(b => b.InstanceId == templateId);
        }

        for (var start = from; start < from + count; start += batch)
        {
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = start; n < Math.Min(from + count, start + batch); n++)
            {
                var key = $"waiting-{n}";
                var id = Guid.CreateVersion7();
                var bookmarkId = Guid.CreateVersion7();
                var group = Guid.CreateVersion7();
                db.Instances.Add(new WorkflowInstance
                {
                    Id = id, DefinitionId = instance.DefinitionId, DefinitionVersion = instance.DefinitionVersion,
                    Status = instance.Status, CreatedAt = instance.CreatedAt, UpdatedAt = instance.UpdatedAt,
                    State = instance.State.Replace(bookmark.Id.ToString(), bookmarkId.ToString())
                        .Replace(bookmark.Group.ToString(), group.ToString()).Replace(TemplateKey, key),
                });
                db.Bookmarks.Add(new Bookmark
                {
                    Id = bookmarkId, InstanceId = id, ActivityId = bookmark.ActivityId, Group = group,
                    Name = bookmark.Name, Key = key, CreatedAt = DateTime.UtcNow,
                });
                keys.Add(key);
            }
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// Moves what loading wrote from the WAL into the database file first: otherwise the resumes measured after 99,000
    /// inserts pay for checkpointing them, a cost of the loading and not of waiting instances.
    /// </summary>
    private static async Task CheckpointAsync(RuntimeHost host)
    {
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static async Task<int> CountWaitingAsync(RuntimeHost host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Bookmarks.CountAsync();
    }

    /// <summary>The working set after a full, compacting collection, so garbage from loading is not counted.</summary>
    private static double WorkingSetMb()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }
}
