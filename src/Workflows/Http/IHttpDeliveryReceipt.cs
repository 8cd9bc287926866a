namespace Workflows.Http;

/// <summary>
/// Takes the answer to a post the outbox delivered, for the application to keep what the other end said (a partner's
/// confirmation). Resolved from the scope that records the delivery and called before it commits: whatever it tracks in
/// that scope's database context commits together with the delivery, so an answer is recorded exactly once. It is told
/// only what settles a post, never a try that will be made again. An answer it cannot make sense of is its to record as
/// such: when it throws, the outcome is recorded without what it tracked.
/// </summary>
public interface IHttpDeliveryReceipt
{
    /// <summary>The other end answered for good: accepted the post, or refused it (<see cref="HttpDeliveryAnswer"/>).</summary>
    Task ReceivedAsync(HttpDeliveryAnswer answer, CancellationToken ct);

    /// <summary>The post was given up without such an answer: its last attempt allowed failed, or it cannot be made at all.</summary>
    Task GaveUpAsync(HttpDeliveryFailure failure, CancellationToken ct);
}
