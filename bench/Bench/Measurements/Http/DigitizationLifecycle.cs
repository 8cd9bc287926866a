using System.Diagnostics;
using System.Text.Json;

namespace Bench.Measurements.Http;

/// <summary>What one lifecycle came to: the scan-in trigger's latency, or the first call that failed.</summary>
public readonly record struct LifecycleResult(TimeSpan ScanIn, string? Failure)
{
    public bool Completed => Failure is null;
}

/// <summary>One digitization request from the requester's form to the requester's mailbox: every call, one after the other.</summary>
public sealed class DigitizationLifecycle(DigitizationCalls calls)
{
    public async Task<LifecycleResult> RunAsync(string barcode, CancellationToken ct)
    {
        try
        {
            var id = await calls.CreateAsync(barcode, ct);
            var scanStarted = Stopwatch.GetTimestamp();
            await calls.ScanInAsync(barcode, ct);
            var scanIn = Stopwatch.GetElapsedTime(scanStarted);
            await calls.NextStepAsync(id, ct);
            await calls.AttachAsync(id, ct);
            await calls.DoneAsync(id, ct);
            return new LifecycleResult(scanIn, null);
        }
        catch (Exception e) when (IsFailedCall(e))
        {
            return new LifecycleResult(default, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>A call that failed on its own, as a run counts it, rather than a fault of the bench.</summary>
    public static bool IsFailedCall(Exception e) => e is UnexpectedAnswerException or HttpRequestException or TaskCanceledException or JsonException;
}
