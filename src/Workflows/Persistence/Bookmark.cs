namespace Workflows.Persistence;

/// <summary>
/// A durable waiting point: the instance resumes when something arrives for (<see cref="Name"/>, <see cref="Key"/>).
/// Deleted in the transaction that consumes it, so it is consumed at most once.
/// </summary>
internal sealed class Bookmark
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ActivityId { get; set; }

    /// <summary>Bookmarks created by one wait share a group; resuming any one of them removes the whole group.</summary>
    public Guid Group { get; set; }

    public required string Name { get; set; }
    public required string Key { get; set; }
    public string? Payload { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Set for timers only: when the bookmark resumes by itself.</summary>
    public DateTime? DueAt { get; set; }
}
