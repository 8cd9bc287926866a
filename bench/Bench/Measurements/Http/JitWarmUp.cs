namespace Bench.Measurements.Http;

/// <summary>How a warm-up ended: the lifecycles it ran, how long it took, and the JIT rate of its last slice.</summary>
public sealed record WarmUpResult(int Completed, int Failed, string? FirstFailure, TimeSpan Elapsed, double LastLifecyclesPerSecond,
    double LastMethodsJittedPerLifecycle);

/// <summary>
/// Runs lifecycles in slices until tiered compilation has settled: until a slice JIT-compiles fewer than
/// <see cref="SettledMethodsPerLifecycle"/> methods per lifecycle, or the time bound has passed. A fixed warm-up
/// measured unoptimised code whenever the machine was slow: at 3 lifecycles/s the service still compiled 100–300
/// methods a lifecycle after 30 s, and each level's CPU counted that.
/// </summary>
public sealed class JitWarmUp(LifecycleLoad load, int serviceId)
{
    private const double SettledMethodsPerLifecycle = 1;
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(10);

    public async Task<WarmUpResult> RunAsync(TimeSpan bound)
    {
        await using var counters = RuntimeCounters.Start(serviceId);
        var (completed, failed, elapsed) = (0, 0, TimeSpan.Zero);
        string? firstFailure = null;
        while (true)
        {
            var before = counters.Totals;
            var slice = await load.RunAsync($"warm-up-{completed + failed}", Slice);
            // A counter reading is up to one interval late; waiting one makes the slice's last methods count in it.
            await Task.Delay(RuntimeCounters.Interval * 2);
            var jitted = (counters.Totals - before).MethodsJitted;
            (completed, failed, elapsed) = (completed + slice.Completed, failed + slice.Failed, elapsed + slice.Elapsed);
            firstFailure ??= slice.FirstFailure;
            var perLifecycle = jitted / Math.Max(1, slice.Completed);
            Console.WriteLine($"  warm-up: {slice.LifecyclesPerSecond:F1} lifecycles/s, {perLifecycle:F1} methods JIT-compiled a lifecycle");
            if (completed == 0 || perLifecycle < SettledMethodsPerLifecycle || elapsed >= bound)
                return new WarmUpResult(completed, failed, firstFailure, elapsed, slice.LifecyclesPerSecond, perLifecycle);
        }
    }
}
