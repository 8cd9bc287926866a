namespace Workflows.Http;

/// <summary>The <c>HttpOutbox</c> configuration section.</summary>
public sealed class HttpOutboxOptions
{
    /// <summary>How long one post may take before it counts as the other end being unreachable, and is tried again.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many posts, each to an ordering key of its own, are under way at once.</summary>
    public int Connections { get; set; } = 4;

    /// <summary>
    /// How long a host has the posts it took to itself: another host delivers those still unsent after it. Longer than
    /// one post's <see cref="Timeout"/>, since a host takes only as many as it sends at once.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many times a post is tried while the other end cannot be reached, times out, or answers 5xx, 408 or 429,
    /// before it is failed: 300, about a day at the longest pause of five minutes. 0 never gives up.
    /// </summary>
    public int MaxAttempts { get; set; } = 300;

    /// <summary>How much of an answer's text is kept and handed on; a confirmation is a few kilobytes.</summary>
    public int MaxAnswerLength { get; set; } = 1024 * 1024;
}
