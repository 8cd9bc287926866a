namespace Workflows.Persistence;

/// <summary>
/// What a Faulted instance keeps of the step that failed (Elsa calls it an incident): the activity, and the resumption
/// that ran it, so that a retry can run that resumption again. The step itself was rolled back and its bookmark kept.
/// </summary>
internal sealed class FaultedStep
{
    public required string ActivityId { get; set; }
    public required string ActivityType { get; set; }
    public DateTime At { get; set; }

    /// <summary>The bookmark that was resumed; it may belong to another instance (a child whose end resumed this one).</summary>
    public Guid BookmarkId { get; set; }

    /// <summary>The resumption's payload as JSON, replayed as it was.</summary>
    public string? Payload { get; set; }

    /// <summary>Who made the resumption: a retry runs it again in their name, and records who retried beside it.</summary>
    public required string Actor { get; set; }
}
