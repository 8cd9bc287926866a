namespace Library.Host.Idempotency;

/// <summary>How long the service remembers an <c>Idempotency-Key</c> (configuration section <c>Idempotency</c>).</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a first answer is given again to a repeat with the same key.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a key stays taken by a request that has not answered yet. A request still running after it has lost
    /// its host (the claim is then given to the next repeat), so it is far longer than any request takes.
    /// </summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(10);
}
