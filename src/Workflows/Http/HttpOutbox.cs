using System.Text.Json;
using Workflows.Persistence;

namespace Workflows.Http;

/// <summary>Turns HTTP posts into outbox rows and back.</summary>
internal static class HttpOutbox
{
    public const string Kind = "http";

    /// <summary>The name of the <see cref="System.Net.Http.HttpClient"/> the dispatcher posts with.</summary>
    public const string ClientName = "Workflows.HttpOutbox";

    public static OutboxMessage Create(Guid? instanceId, HttpPost post, long sequence, DateTime now) => new()
    {
        Id = post.Id,
        InstanceId = instanceId,
        Kind = Kind,
        Payload = JsonSerializer.Serialize(new Request(post.Url, post.ContentType, post.Body)),
        OrderingKey = post.OrderingKey,
        Sequence = sequence,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public static HttpPost Read(OutboxMessage row)
    {
        var request = JsonSerializer.Deserialize<Request>(row.Payload) ?? throw new InvalidOperationException($"Outbox message {row.Id} is empty.");
        return new HttpPost(row.Id, request.Url, request.ContentType, request.Body, row.OrderingKey!);
    }

    /// <summary>The payload: the id and ordering key are the row's own columns.</summary>
    private sealed record Request(Uri Url, string ContentType, string Body);
}
