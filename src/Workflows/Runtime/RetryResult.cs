using Workflows.Persistence;

namespace Workflows.Runtime;

/// <summary>How a retry went, and how the instance stands now.</summary>
public sealed record RetryResult(RetryStatus Status, WorkflowStatus? InstanceStatus = null, string? Reason = null)
{
    /// <summary>The outcome of the history entry a retry adds, naming who retried.</summary>
    public const string RetriedOutcome = "Retried";

    /// <summary>The outcome of the history entry a retry that failed again adds.</summary>
    public const string FaultedOutcome = "Faulted";

    public static RetryResult NotFound { get; } = new(RetryStatus.NotFound);
    public static RetryResult Conflict { get; } = new(RetryStatus.Conflict);
}
