using Workflows.Persistence;

namespace Workflows.Runtime;

/// <summary>How a cancellation went, and how the instance stands now.</summary>
public sealed record CancelResult(CancelStatus Status, WorkflowStatus? InstanceStatus = null)
{
    /// <summary>How the history names the step a cancellation adds, whose actor is who cancelled.</summary>
    public const string ActivityId = "cancelled", ActivityType = "Cancel", Outcome = "Cancelled";

    public static CancelResult NotFound { get; } = new(CancelStatus.NotFound);
    public static CancelResult Conflict { get; } = new(CancelStatus.Conflict);
}
