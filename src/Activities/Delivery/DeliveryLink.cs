using System.Security.Cryptography;

namespace Library.Delivery;

/// <summary>
/// Document delivery by link: an unguessable token that serves the request's files, a limited number of times,
/// until the files are cleaned up.
/// </summary>
public sealed class DeliveryLink
{
    public required string Token { get; set; }
    public Guid RequestId { get; set; }

    /// <summary>How many downloads the profile rule allows; null for no limit.</summary>
    public int? MaxAccessCount { get; set; }

    public int AccessCount { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>When the files are removed (the creation time plus document_delivery_cleanup_days).</summary>
    public DateTime CleanupAt { get; set; }

    public DateTime? FilesRemovedAt { get; set; }

    /// <summary>256 random bits, URL-safe.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
