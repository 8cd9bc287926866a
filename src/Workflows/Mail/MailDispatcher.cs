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
/// the server cannot be reached. Each message carries its outbox id as Message-Id, so a resend after a crash
/// between sending and marking is recognisable to the receiver.
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
            await signal.WaitAsync(nextDue ?? Timeout.InfiniteTimeSpan, stoppingToken);
        }
    }

    /// <summary>Sends what is due; returns how long until the next retry is due, or null when nothing waits.</summary>
    public async Task<TimeSpan?> SendDueAsync(CancellationToken ct)
    {
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db.Outbox
                .Where(m => m.SentAt == null && m.Kind == MailOutbox.Kind && m.NextAttemptAt <= now)
                .OrderBy(m => m.CreatedAt)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (due.Count == 0)
            {
                var next = await db.Outbox.Where(m => m.SentAt == null && m.Kind == MailOutbox.Kind)
                    .OrderBy(m => m.NextAttemptAt).Select(m => m.NextAttemptAt).FirstOrDefaultAsync(ct);
                return next is null ? null : next.Value - now;
            }

            await SendBatchAsync(due, now, ct);
            await gate.CommitAsync(db, ct);
        }
    }

    /// <summary>
    /// Sends the batch over up to <see cref="SmtpOptions.Connections"/> SMTP sessions at once, each taking the next
    /// message when it has sent one: a session spends most of its time waiting for the server's replies. Messages no
    /// session could take, because none could connect, are postponed.
    /// </summary>
    private async Task SendBatchAsync(List<OutboxMessage> batch, DateTime now, CancellationToken ct)
    {
        var smtp = options.Value;
        var queue = new ConcurrentQueue<OutboxMessage>(batch);
        var sessions = Math.Clamp(smtp.Connections, 1, batch.Count);
        var failures = await Task.WhenAll(Enumerable.Range(0, sessions).Select(_ => SendOverOneSessionAsync(queue, smtp, now, ct)));
        if (failures.OfType<Exception>().FirstOrDefault() is { } unreachable)
            while (queue.TryDequeue(out var message)) Postpone(message, now, unreachable);
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
            try
            {
                await client.SendAsync(Compose(message, smtp), ct);
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                message.Attempts++;
                message.LastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Postpone(message, now, e);
            }
        }
        await client.DisconnectAsync(true, ct);
        return null;
    }

    private void Postpone(OutboxMessage message, DateTime now, Exception error)
    {
        message.Attempts++;
        message.LastError = error.Message;
        message.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, message.Attempts)));
        logger.LogWarning("E-mail {Id} not sent (attempt {Attempt}): {Error}", message.Id, message.Attempts, error.Message);
    }

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
