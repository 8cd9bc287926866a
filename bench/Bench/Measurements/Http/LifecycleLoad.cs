using System.Diagnostics;

namespace Bench.Measurements.Http;

/// <summary>What a load run achieved: completed lifecycles, the scan-in latencies of those, and the failures.</summary>
public sealed record LoadResult(int Completed, int Failed, string? FirstFailure, Latencies ScanIns, TimeSpan Elapsed)
{
    public double LifecyclesPerSecond => Completed / Elapsed.TotalSeconds;
}

/// <summary>
/// Workers that each run lifecycles back to back until the duration has passed; a lifecycle under way then is
/// finished and counted, and the elapsed time includes it.
/// </summary>
public sealed class LifecycleLoad(DigitizationLifecycle lifecycle, int concurrency)
{
    private static readonly TimeSpan CallBound = TimeSpan.FromSeconds(60);

    public async Task<LoadResult> RunAsync(string barcodePrefix, TimeSpan duration)
    {
        var scanIns = new Latencies();
        var completed = 0;
        var failed = 0;
        string? firstFailure = null;
        using var bound = new CancellationTokenSource(duration + CallBound);
        var watch = Stopwatch.StartNew();

        async Task WorkAsync(int worker)
        {
            for (var n = 0; watch.Elapsed < duration; n++)
            {
                var result = await lifecycle.RunAsync($"{barcodePrefix}-{worker}-{n}", bound.Token);
                if (result.Completed)
                {
                    scanIns.Add(result.ScanIn);
                    Interlocked.Increment(ref completed);
                }
                else if (Interlocked.Increment(ref failed) == 1)
                {
                    firstFailure = result.Failure;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(() => WorkAsync(worker))));
        return new LoadResult(completed, failed, firstFailure, scanIns, watch.Elapsed);
    }
}
