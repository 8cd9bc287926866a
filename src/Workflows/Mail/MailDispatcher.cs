using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Workflows.Outbox;
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
internal sealed class MailDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    CommitGate gate,
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    ILogger<MailDispatcher> logger) : OutboxDispatcher(scopes, signal, gate, clock, logger)
{
    protected override string Kind => MailOutbox.Kind;
    protected override string Noun => "E-mail";
    protected override TimeSpan Lease => options.Value.Lease;
    protected override int MaxAttempts => options.Value.MaxAttempts;

    /// <summary>
    /// Sends the batch over up to <see cref="SmtpOptions.Connections"/> SMTP sessions at once, each taking the next
    /// message when it has sent one: a session spends most of its time waiting for the server's replies. Messages no
    /// session could take, because none could connect, are postponed: whatever the server would answer, it said nothing
    /// about them.
    /// </summary>
    protected override async Task DeliverBatchAsync(List<OutboxMessage> batch, DateTime now, CancellationToken ct)
    {
        var smtp = options.Value;
        var queue = new ConcurrentQueue<OutboxMessage>(batch);
        var sessions = Math.Clamp(smtp.Connections, 1, batch.Count);
        var failures = await Task.WhenAll(Enumerable.Range(0, sessions).Select(_ => SendOverOneSessionAsync(queue, smtp, now, ct)));
        if (failures.OfType<Exception>().FirstOrDefault() is { } unreachable)
            while (queue.TryDequeue(out var message)) await RecordAsync(message, m => NotDelivered(m, now, Describe(unreachable), permanently: false), ct);
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
                using var mime = Compose(message, smtp);
                await client.SendAsync(mime, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = e;
            }
            await RecordAsync(message, m =>
            {
                if (failure is null) Delivered(m);
                else NotDelivered(m, now, Describe(failure), IsPermanent(failure));
            }, ct);
        }
        await client.DisconnectAsync(true, ct);
        return null;
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
            body.Attachments.Add(new MimePart(ContentType.Parse(attachment.ContentType))
            {
                // Read from disk as the message is written to the server, not copied whole into memory first.
                Content = new MimeContent(File.OpenRead(attachment.Path)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = attachment.FileName,
            });
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
