using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Mail;
using Workflows.Outbox;
using Workflows.Persistence;

namespace Workflows.Http;

/// <summary>
/// Delivers the outbox's HTTP posts after their step has committed, one at a time per ordering key: a post waits while
/// one queued before it under the same key is pending. A post is marked delivered, and its answer handed to the
/// application's <see cref="IHttpDeliveryReceipt"/>, as soon as the answer comes. A host that dies between the answer
/// and that record leaves the post to be sent again after its lease; the <c>Idempotency-Key</c> header, the post's id,
/// lets the other end see it is the same message. While the other end is unreachable, times out or answers 5xx, 408 or
/// 429, the post is tried again after a growing pause, or the one its <c>Retry-After</c> asks for, up to
/// <see cref="HttpOutboxOptions.MaxAttempts"/>. Any other
/// answer settles it: a 2xx delivers it, and any other status (a 4xx, or a redirect, which is not followed) fails it at
/// once, since sending the same bytes again would be refused again; it is the application's, told through the receipt,
/// to raise it with staff, as it is told of a post given up after its last attempt. A failed post no longer holds back
/// later ones of its key: they have their own news.
/// </summary>
internal sealed class HttpDispatcher(
    IServiceScopeFactory scopes,
    HttpDeliverySignal signal,
    CommitGate gate,
    IHttpClientFactory clients,
    IOptions<HttpOutboxOptions> options,
    TimeProvider clock,
    ILogger<HttpDispatcher> logger) : OutboxDispatcher(scopes, signal, gate, clock, logger)
{
    /// <summary>How much of an answer the error kept for an operator quotes.</summary>
    private const int QuotedAnswer = 300;

    protected override string Kind => HttpOutbox.Kind;
    protected override string Noun => "HTTP message";
    protected override TimeSpan Lease => options.Value.Lease;
    protected override int MaxAttempts => options.Value.MaxAttempts;

    /// <summary>As many as are sent at once, so the lease need only outlast one post.</summary>
    protected override int BatchSize => Math.Max(1, options.Value.Connections);

    protected override IQueryable<OutboxMessage> Deliverable(IQueryable<OutboxMessage> pending, WorkflowDbContext db) =>
        pending.Where(m => !db.Outbox.Any(earlier => earlier.Kind == HttpOutbox.Kind && earlier.State == OutboxState.Pending
                                                     && earlier.OrderingKey == m.OrderingKey && earlier.Sequence < m.Sequence));

    /// <summary>Every post of the batch at once: each is the first pending one of its key.</summary>
    protected override Task DeliverBatchAsync(List<OutboxMessage> batch, DateTime now, CancellationToken ct) =>
        Task.WhenAll(batch.Select(message => DeliverAsync(message, now, ct)));

    private async Task DeliverAsync(OutboxMessage message, DateTime now, CancellationToken ct)
    {
        HttpDeliveryAnswer? answer = null;
        TimeSpan? askedPause = null;
        string error;
        bool permanently;
        try
        {
            (answer, askedPause) = await PostAsync(HttpOutbox.Read(message), ct);
            (error, permanently) = (Describe(answer), !answer.Accepted && !IsPassing(answer.StatusCode));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Unreachable or silent may pass; a post that cannot be made at all (its address or type is not one) will not.
            error = e is TaskCanceledException ? $"no answer within {options.Value.Timeout}" : e.Message;
            permanently = e is not (HttpRequestException or TaskCanceledException);
        }

        void Outcome(OutboxMessage m)
        {
            if (answer is { Accepted: true }) Delivered(m);
            else NotDelivered(m, now, error, permanently, askedPause);
        }

        try
        {
            await RecordAsync(message, async (m, services) =>
            {
                Outcome(m);
                // Still pending: it is tried again, and nothing is settled yet.
                if (m.State == OutboxState.Pending) return;
                var settledByAnswer = answer is not null && (answer.Accepted || permanently);
                foreach (var receipt in services.GetServices<IHttpDeliveryReceipt>())
                {
                    if (settledByAnswer) await receipt.ReceivedAsync(answer!, ct);
                    else await receipt.GaveUpAsync(new HttpDeliveryFailure(m.Id, m.OrderingKey!, m.Attempts, error), ct);
                }
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The outcome of HTTP message {Id} could not be taken in by the application; it is recorded without", message.Id);
            if (await ReloadAsync(message.Id, ct) is { State: OutboxState.Pending } unchanged && unchanged.LeasedBy == HostName)
                await RecordAsync(unchanged, Outcome, ct);
        }
    }

    /// <summary>The answer, with the pause its <c>Retry-After</c> asks for before the next try (a 429 or 503 may say).</summary>
    private async Task<(HttpDeliveryAnswer Answer, TimeSpan? AskedPause)> PostAsync(HttpPost post, CancellationToken ct)
    {
        var client = clients.CreateClient(HttpOutbox.ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, post.Url) { Content = new StringContent(post.Body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(post.ContentType);
        request.Headers.Add("Idempotency-Key", post.Id.ToString());
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        var body = await ReadAnswerAsync(response.Content, ct);
        var answer = new HttpDeliveryAnswer(post.Id, post.OrderingKey, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
        return (answer, AskedPause(response.Headers.RetryAfter));
    }

    private TimeSpan? AskedPause(RetryConditionHeaderValue? retryAfter) =>
        retryAfter?.Delta ?? (retryAfter?.Date is { } at ? at - Clock.GetUtcNow() : null);

    /// <summary>The answer's text up to <see cref="HttpOutboxOptions.MaxAnswerLength"/> characters; what is beyond is not read.</summary>
    private async Task<string> ReadAnswerAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = new StringBuilder();
        var chunk = new char[8192];
        var limit = options.Value.MaxAnswerLength;
        while (text.Length < limit)
        {
            var read = await reader.ReadAsync(chunk.AsMemory(0, Math.Min(chunk.Length, limit - text.Length)), ct);
            if (read == 0) break;
            text.Append(chunk, 0, read);
        }
        return text.ToString();
    }

    /// <summary>Answers that say the other end cannot take the post for now: a time-out on its side, too many requests, its own failure.</summary>
    private static bool IsPassing(int status) => status is 408 or 429 or >= 500;

    /// <summary>The status with the start of the answer, which says most to an operator.</summary>
    private static string Describe(HttpDeliveryAnswer answer)
    {
        var quoted = answer.Body.Length > QuotedAnswer ? answer.Body[..QuotedAnswer] + "…" : answer.Body;
        return $"{answer.StatusCode} {quoted}".Trim();
    }
}
