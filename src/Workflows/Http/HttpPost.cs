namespace Workflows.Http;

/// <summary>
/// An HTTP POST as a step asks for it. <paramref name="Id"/> is the outbox message's id, chosen by the caller so its own
/// record of the message can share it; it travels as the <c>Idempotency-Key</c> header. Posts sharing
/// <paramref name="OrderingKey"/> are delivered in the order they were queued, each after the one before it.
/// </summary>
public sealed record HttpPost(Guid Id, Uri Url, string ContentType, string Body, string OrderingKey);
