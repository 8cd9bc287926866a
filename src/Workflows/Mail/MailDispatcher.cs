using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Workflows.Persistence;

namespace Workflows.Mail;

/// <summary>
/// Sends the outbox's e-mails over SMTP after their step has committed, and retries with a growing pause when
/// the server cannot be reached or cannot take a letter for now (4xx), up to <see cref="SmtpOptions.MaxAttempts"/>. A
/// letter the server refuses for good (5xx) is failed at once, for an operator to retry or dismiss
/// (<see cref="OutboxLetters"/>). Each message carries its outbox id as Message-Id, so a resend after a crash
/// between sending and marking is recognisable to the receiver. Hosts sharing a database take messages under a
/// lease (<see cref="SmtpOptions.Lease"/>), so each is sent by one host, and mark each as sent as soon as it is.
/// </summary>
public sealed class MailDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    CommitGate gate,
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    ILogger<MailDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 50;

    /// <summary>
    /// The longest this host sleeps without a wake-up: letters another host committed and could not send (it died)
    /// are found within this time after their lease.
    /// </summary>
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(30);

    /// <summary>Names this host in <see cref="OutboxMessage.LeasedBy"/>.</summary>
    private static readonly string HostName = $"{Environment.MachineName}:{Environment.ProcessId}";

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
                    nextDue = await SendDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Mail dispatch failed");
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
    /// Letters waiting out a pause after failed tries are due at once when a host starts: whoever restarts the service
    /// has usually just mended the mail settings or the server, and should not wait up to five minutes to see it work.
    /// </summary>
    private async Task RetryWaitingNowAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Outbox.Where(m => m.State == OutboxState.Pending && m.Kind == MailOutbox.Kind && m.NextAttemptAt > now)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAt, now), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Letters waiting to be tried again could not be made due at start");
        }
    }

    /// <summary>
    /// A host that stops gives back the letters it holds, so another host, or this one restarted, sends them at once
    /// rather than after the lease. A letter whose sending was cut short may have reached the server; its Message-Id
    /// tells the receiver it is the same letter.
    /// </summary>
    private async Task ReleaseLeasesAsync()
    {
        try
        {
            using var scope = scopes.CreateScope();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            await db.Outbox.Where(m => m.State == OutboxState.Pending && m.LeasedBy == HostName)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.LeasedBy, (string?)null).SetProperty(m => m.LeasedUntil, (DateTime?)null), limit.Token);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Letters held by this host could not be given back as it stopped; they wait for their lease to end");
        }
    }

    /// <summary>Sends what is due; returns how long until the next retry or lease end is due, or null when nothing waits.</summary>
    public async Task<TimeSpan?> SendDueAsync(CancellationToken ct)
    {
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var (taken, nextDue) = await TakeDueAsync(now, ct);
            if (taken is null) continue;
            if (taken.Count == 0) return nextDue;
            await SendBatchAsync(taken, now, ct);
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
        var unsent = db.Outbox.Where(m => m.State == OutboxState.Pending && m.Kind == MailOutbox.Kind);
        var due = await unsent.Where(m => m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil <= now))
            .OrderBy(m => m.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            var next = await unsent
                .Select(m => m.LeasedUntil != null && m.LeasedUntil > m.NextAttemptAt ? m.LeasedUntil : m.NextAttemptAt)
                .OrderBy(at => at).FirstOrDefaultAsync(ct);
            // A letter committed since the first read may be due already: then the wait is none, never negative.
            return ([], next is null ? null : next.Value > now ? next.Value - now : TimeSpan.Zero);
        }

        // Whole milliseconds: the value must read back exactly as written to serve as the concurrency token, and
        // PostgreSQL keeps microseconds, not .NET's ticks.
        var until = now + options.Value.Lease;
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
    /// Sends the batch over up to <see cref="SmtpOptions.Connections"/> SMTP sessions at once, each taking the next
    /// message when it has sent one: a session spends most of its time waiting for the server's replies. Messages no
    /// session could take, because none could connect, are postponed: whatever the server would answer, it said nothing
    /// about them.
    /// </summary>
    private async Task SendBatchAsync(List<OutboxMessage> batch, DateTime now, CancellationToken ct)
    {
        var smtp = options.Value;
        var queue = new ConcurrentQueue<OutboxMessage>(batch);
        var sessions = Math.Clamp(smtp.Connections, 1, batch.Count);
        var failures = await Task.WhenAll(Enumerable.Range(0, sessions).Select(_ => SendOverOneSessionAsync(queue, smtp, now, ct)));
        if (failures.OfType<Exception>().FirstOrDefault() is { } unreachable)
            while (queue.TryDequeue(out var message)) await RecordAsync(message, m => NotSent(m, now, unreachable, permanently: false), ct);
    }

    /// <summary>One SMTP session that sends messages from the queue until it is empty; the error when it cannot connect.</summary>
    private async Task<Exception?> SendOverOneSessionAsync(ConcurrentQueue<OutboxMessage> queue, SmtpOptions smtp, DateTime now, CancellationToken ct)
    {
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.Auto, ct);
            if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return e;
        }

        while (queue.TryDequeue(out var message))
        {
            Exception? failure = null;
            try
            {
                await client.SendAsync(Compose(message, smtp), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = e;
            }
            await RecordAsync(message, m =>
            {
                if (failure is not null)
                {
                    NotSent(m, now, failure, IsPermanent(failure));
                    return;
                }
                m.State = OutboxState.Sent;
                m.SentAt = clock.GetUtcNow().UtcDateTime;
                m.NextAttemptAt = null;
                m.Attempts++;
                m.LastError = null;
            }, ct);
        }
        await client.DisconnectAsync(true, ct);
        return null;
    }

    /// <summary>
    /// Commits what became of one message at once, so a host that dies after sending some of a batch does not leave
    /// them to be sent again. The lease ends with it.
    /// </summary>
    private async Task RecordAsync(OutboxMessage message, Action<OutboxMessage> outcome, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        db.Outbox.Attach(message);
        outcome(message);
        message.LeasedBy = null;
        message.LeasedUntil = null;
        try
        {
            await gate.CommitAsync(db, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("E-mail {Id} was taken by another host after this host's lease ran out", message.Id);
        }
    }

    /// <summary>
    /// A try that did not send the letter: it is failed at a permanent refusal or at the last try allowed, and otherwise
    /// tried again after a pause that doubles from two seconds up to five minutes.
    /// </summary>
    private void NotSent(OutboxMessage message, DateTime now, Exception error, bool permanently)
    {
        message.Attempts++;
        message.LastError = Describe(error);
        var ceiling = options.Value.MaxAttempts;
        if (permanently || (ceiling > 0 && message.Attempts >= ceiling))
        {
            message.State = OutboxState.Failed;
            message.FailedAt = clock.GetUtcNow().UtcDateTime;
            message.NextAttemptAt = null;
            logger.LogWarning("E-mail {Id} failed after {Attempts} attempt(s) and is no longer tried: {Error}", message.Id, message.Attempts, message.LastError);
            return;
        }
        message.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, message.Attempts)));
        logger.LogWarning("E-mail {Id} not sent (attempt {Attempt}): {Error}", message.Id, message.Attempts, message.LastError);
    }

    /// <summary>
    /// A reply of the server refusing this letter for good: a 5xx to its sender, a recipient or its content (RFC 5321,
    /// 4.2.1). A 4xx, a broken connection or a time-out may pass, so they are tried again.
    /// </summary>
    private static bool IsPermanent(Exception error) => error is SmtpCommandException { StatusCode: var code } && (int)code is >= 500 and < 600;

    /// <summary>The server's reply with its code (<c>550 mailbox unavailable</c>), which says most to an operator; otherwise the error's message.</summary>
    private static string Describe(Exception error) =>
        error is SmtpCommandException refused ? $"{(int)refused.StatusCode} {refused.Message}" : error.Message;

    private static MimeMessage Compose(OutboxMessage row, SmtpOptions smtp)
    {
        var email = MailOutbox.Read(row);
        var mime = new MimeMessage { Subject = email.Subject, MessageId = $"{row.Id}@workflows" };
        mime.From.Add(MailboxAddress.Parse(smtp.From));
        foreach (var to in email.To) mime.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { TextBody = email.Body };
        foreach (var attachment in email.Attachments)
            body.Attachments.Add(attachment.FileName, File.ReadAllBytes(attachment.Path), ContentType.Parse(attachment.ContentType));
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
