using Microsoft.Extensions.Options;

namespace Library.Host.Idempotency;

/// <summary>
/// Deletes expired keys every quarter of an hour (or sooner, when keys are kept for less). Every host sweeps; a
/// record deleted by another host is simply not there.
/// </summary>
public sealed class IdempotencySweep(IdempotencyStore store, TimeProvider clock, IOptions<IdempotencyOptions> options, ILogger<IdempotencySweep> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = new[] { Every, options.Value.KeepFor, options.Value.ClaimFor }.Min();
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var swept = await store.SweepAsync(stoppingToken);
                if (swept > 0) logger.LogDebug("Swept {Count} expired idempotency keys", swept);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sweeping expired idempotency keys failed; the next sweep tries again");
            }
        }
    }
}
