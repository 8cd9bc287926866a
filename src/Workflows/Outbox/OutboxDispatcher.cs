using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflows.Mail;
using Workflows.Persistence;

namespace Workflows.Outbox;

/// <summary>
/// What delivering one kind of outbox message takes besides the delivery itself: waking after a commit, taking due
/// messages under a lease so hosts sharing a database deliver each once, recording each outcome as soon as it is known,
/// and trying again after a pause that doubles from two seconds to five minutes. A kind says how to deliver a batch
/// (<see cref="DeliverBatchAsync"/>) and may hold messages back (<see cref="Deliverable"/>).
/// </summary>
internal abstract class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    CommitGate gate,
    TimeProvider clock,
    ILogger logger) : BackgroundService
{
    /// <summary>
    /// The longest a host sleeps without a wake-up: messages another host committed and could not deliver (it died)
    /// are found within this time after their lease.
    /// </summary>
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(30);

    /// <summary>The longest pause between two tries of a message, whatever the other end asks for.</summary>
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(5);

    /// <summary>Names this host in <see cref="OutboxMessage.LeasedBy"/>.</summary>
    protected static readonly string HostName = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>The <see cref="OutboxMessage.Kind"/> this dispatcher delivers.</summary>
    protected abstract string Kind { get; }

    /// <summary>What the log calls one message of the kind ("E-mail").</summary>
    protected abstract string Noun { get; }

    /// <summary>How long a host has the messages it took to itself; longer than delivering a batch takes.</summary>
    protected abstract TimeSpan Lease { get; }

    /// <summary>Tries before a message that cannot be delivered for now is failed; 0 never gives up.</summary>
    protected abstract int MaxAttempts { get; }

    /// <summary>How many messages one take leases.</summary>
    protected virtual int BatchSize => 50;

    protected TimeProvider Clock => clock;

    /// <summary>Narrows the kind's pending messages to those that may go now; every one by default.</summary>
    protected virtual IQueryable<OutboxMessage> Deliverable(IQueryable<OutboxMessage> pending, WorkflowDbContext db) => pending;

    /// <summary>Delivers a batch this host leased, recording each message's outcome with <see cref="RecordAsync"/>.</summary>
    protected abstract Task DeliverBatchAsync(List<OutboxMessage> batch, DateTime now, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RetryWaitingNowAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan? nextDue;
                try
                {
                    nextDue = await DeliverDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "{Noun} dispatch failed", Noun);
                    nextDue = TimeSpan.FromSeconds(5);
                }
                await signal.WaitAsync(nextDue is { } due && due < IdlePoll ? due : IdlePoll, stoppingToken);
            }
        }
        finally
        {
            await ReleaseLeasesAsync();
        }
    }

    /// <summary>
    /// Messages waiting out a pause after failed tries are due at once when a host starts: whoever restarts the service
    /// has usually just mended the settings or the other end, and should not wait up to five minutes to see it work.
    /// </summary>
    private async Task RetryWaitingNowAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Outbox.Where(m => m.State == OutboxState.Pending && m.Kind == Kind && m.NextAttemptAt > now)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAt, now), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "{Noun} messages waiting to be tried again could not be made due at start", Noun);
        }
    }

    /// <summary>
    /// A host that stops gives back the messages it holds, so another host, or this one restarted, delivers them at once
    /// rather than after the lease. A message whose delivery was cut short may have arrived; its id, which travels with
    /// it, tells the receiver it is the same message.
    /// </summary>
    private async Task ReleaseLeasesAsync()
    {
        try
        {
            using var scope = scopes.CreateScope();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            await db.Outbox.Where(m => m.State == OutboxState.Pending && m.Kind == Kind && m.LeasedBy == HostName)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.LeasedBy, (string?)null).SetProperty(m => m.LeasedUntil, (DateTime?)null), limit.Token);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "{Noun} messages held by this host could not be given back as it stopped; they wait for their lease to end", Noun);
        }
    }

    /// <summary>Delivers what is due; returns how long until the next retry or lease end is due, or null when nothing waits.</summary>
    private async Task<TimeSpan?> DeliverDueAsync(CancellationToken ct)
    {
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var (taken, nextDue) = await TakeDueAsync(now, ct);
            if (taken is null) continue;
            if (taken.Count == 0) return nextDue;
            await DeliverBatchAsync(taken, now, ct);
        }
    }

    /// <summary>
    /// Leases the oldest due messages no host holds to this host. Null when another host took some of them first
    /// (the lease is the rows' concurrency token), so the caller reads again; empty when none is due, with the time
    /// until one is.
    /// </summary>
    private async Task<(List<OutboxMessage>? Taken, TimeSpan? NextDue)> TakeDueAsync(DateTime now, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var waiting = Deliverable(db.Outbox.Where(m => m.State == OutboxState.Pending && m.Kind == Kind), db);
        var due = await waiting.Where(m => m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil <= now))
            .OrderBy(m => m.CreatedAt)
            .ThenBy(m => m.Sequence)
            .Take(BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            var next = await waiting
                .Select(m => m.LeasedUntil != null && m.LeasedUntil > m.NextAttemptAt ? m.LeasedUntil : m.NextAttemptAt)
                .OrderBy(at => at).FirstOrDefaultAsync(ct);
            // A message committed since the first read may be due already: then the wait is none, never negative.
            return ([], next is null ? null : next.Value > now ? next.Value - now : TimeSpan.Zero);
        }

        // Whole milliseconds: the value must read back exactly as written to serve as the concurrency token, and
        // PostgreSQL keeps microseconds, not .NET's ticks.
        var until = now + Lease;
        until = until.AddTicks(-(until.Ticks % TimeSpan.TicksPerMillisecond));
        foreach (var message in due)
        {
            message.LeasedBy = HostName;
            message.LeasedUntil = until;
        }
        try
        {
            await gate.CommitAsync(db, ct);
            return (due, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, null);
        }
    }

    /// <summary>
    /// Commits what became of one message at once, so a host that dies after delivering some of a batch does not leave
    /// them to be delivered again. The lease ends with it. <paramref name="outcome"/> changes the message and may track
    /// more changes in the same scope's <see cref="WorkflowDbContext"/>, which commit with it or not at all.
    /// </summary>
    protected async Task RecordAsync(OutboxMessage message, Func<OutboxMessage, IServiceProvider, Task> outcome, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        db.Outbox.Attach(message);
        await outcome(message, scope.ServiceProvider);
        message.LeasedBy = null;
        message.LeasedUntil = null;
        try
        {
            await gate.CommitAsync(db, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("{Noun} {Id} was taken by another host after this host's lease ran out", Noun, message.Id);
        }
    }

    /// <summary>The message as committed, for recording an outcome again after a record that failed; null when it is gone.</summary>
    protected async Task<OutboxMessage?> ReloadAsync(Guid id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
    }

    protected Task RecordAsync(OutboxMessage message, Action<OutboxMessage> outcome, CancellationToken ct) =>
        RecordAsync(message, (m, _) =>
        {
            outcome(m);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The other end took the message.</summary>
    protected void Delivered(OutboxMessage message)
    {
        message.State = OutboxState.Sent;
        message.SentAt = clock.GetUtcNow().UtcDateTime;
        message.NextAttemptAt = null;
        message.Attempts++;
        message.LastError = null;
    }

    /// <summary>
    /// A try that did not deliver the message: it is failed at a permanent refusal or at the last try allowed, and
    /// otherwise tried again after a pause that doubles from two seconds up to five minutes, or after the pause the other
    /// end asked for (<paramref name="askedPause"/>), held to those five minutes.
    /// </summary>
    protected void NotDelivered(OutboxMessage message, DateTime now, string error, bool permanently, TimeSpan? askedPause = null)
    {
        message.Attempts++;
        message.LastError = error;
        if (permanently || (MaxAttempts > 0 && message.Attempts >= MaxAttempts))
        {
            message.State = OutboxState.Failed;
            message.FailedAt = clock.GetUtcNow().UtcDateTime;
            message.NextAttemptAt = null;
            logger.LogWarning("{Noun} {Id} failed after {Attempts} attempt(s) and is no longer tried: {Error}", Noun, message.Id, message.Attempts, error);
            return;
        }
        var seconds = askedPause?.TotalSeconds ?? Math.Pow(2, message.Attempts);
        message.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Clamp(seconds, 0, LongestPause.TotalSeconds));
        logger.LogWarning("{Noun} {Id} not delivered (attempt {Attempt}): {Error}", Noun, message.Id, message.Attempts, error);
    }
}
