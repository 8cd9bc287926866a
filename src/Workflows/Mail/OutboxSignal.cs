namespace Workflows.Mail;

/// <summary>
/// Wakes the mail dispatcher when a commit has queued mail, so sending needs no polling. Each kind of outbox message
/// has a signal of its own type (<see cref="Http.HttpDeliverySignal"/>), so one commit wakes the dispatcher it concerns.
/// </summary>
public class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify()
    {
        // One pending wake-up is enough: the dispatcher drains everything that is due each time it wakes.
        if (_signal.CurrentCount == 0) _signal.Release();
    }

    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => await _signal.WaitAsync(timeout, ct);
}
