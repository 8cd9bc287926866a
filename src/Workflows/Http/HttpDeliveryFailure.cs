namespace Workflows.Http;

/// <summary>
/// A post the outbox gave up on without an answer that settles it, after <paramref name="Attempts"/> tries, with the last
/// try's <paramref name="Error"/>.
/// </summary>
public sealed record HttpDeliveryFailure(Guid MessageId, string OrderingKey, int Attempts, string Error);
