namespace Library.Persistence;

/// <summary>
/// An <c>Idempotency-Key</c> an account sent with a POST, and the answer its first request got: a repeat with the same
/// key gets that answer instead of running again. While the first request runs, the record is a claim without an answer.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>The longest key accepted, as most services that take the header allow.</summary>
    public const int MaxKeyLength = 255;

    /// <summary>The acting account's name: keys are the account's own, so another account's same key is another record.</summary>
    public required string Account { get; set; }

    public required string Key { get; set; }

    /// <summary>New with each claim, so that only the request holding the claim writes its answer or lets it go.</summary>
    public Guid ClaimId { get; set; }

    public required string Method { get; set; }

    /// <summary>The path and query string the key was first used on.</summary>
    public required string Path { get; set; }

    /// <summary>SHA-256 of the request body's bytes (hex), known once the first request has read it.</summary>
    public string? BodyHash { get; set; }

    /// <summary>The first answer; null while the first request runs.</summary>
    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public byte[]? Body { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// After it, the record counts as gone and is swept: an answer is kept for <c>Idempotency:KeepFor</c>, a claim for
    /// <c>Idempotency:ClaimFor</c> (a claim that outlives it belonged to a request whose host stopped).
    /// </summary>
    public DateTime ExpiresAt { get; set; }
}
